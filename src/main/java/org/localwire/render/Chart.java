package org.localwire.render;

import java.util.ArrayList;
import java.util.List;
import org.localwire.facts.AreaFacts;
import org.localwire.wording.NumberWords;
import org.localwire.wording.Periods;

/**
 * The layout of a small SVG bar chart of an area's counts over the periods in the data, in
 * whole pixels: Java lays it out, the HTML template only places the bars. A period with no
 * published figure gets no bar and the label "not published".
 */
public record Chart(int width, int height, List<Bar> bars) {
  /**
   * One bar; {@code label} and {@code sublabel} are the period on two lines, so that a calendar
   * year ("2021", "Jan to Dec") is never taken for a year to June ("Jul 2022 to", "Jun 2023").
   */
  public record Bar(String label, String sublabel, String value, boolean known, int x, int y, int barWidth,
      int barHeight) {}

  static final int BAR = 48;
  static final int GAP = 30;
  static final int PLOT = 120;
  static final int TOP = 20;

  public Chart {
    bars = List.copyOf(bars);
  }

  static Chart of(org.localwire.facts.PlaceFacts facts) {
    return of(facts.history());
  }

  /** The bars for counts by period, earliest first. */
  public static Chart of(List<AreaFacts.PeriodCount> history) {
    long max = 1;
    for (AreaFacts.PeriodCount h : history) {
      if (h.count().isPresent()) {
        max = Math.max(max, h.count().get().value());
      }
    }
    List<Bar> bars = new ArrayList<>();
    int x = GAP;
    for (AreaFacts.PeriodCount h : history) {
      long value = h.count().map(a -> a.value()).orElse(0L);
      int barHeight = h.count().isPresent() ? (int) Math.max(1, Math.round((double) PLOT * value / max)) : 0;
      bars.add(new Bar(label(h.period())[0], label(h.period())[1],
          h.count().map(a -> NumberWords.digits(a.value())).orElse("not published"), h.count().isPresent(),
          x, TOP + PLOT - barHeight, BAR, barHeight));
      x += BAR + GAP;
    }
    return new Chart(Math.max(x, 160), TOP + PLOT + 54, bars);
  }

  /** The period on two lines: "2021" over "Jan to Dec", "Jul 2022 to" over "Jun 2023". */
  static String[] label(org.localwire.model.Period p) {
    String start = p.start().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK);
    String end = p.end().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK);
    // three letters always ("Sep"), whatever the JDK's locale data abbreviates to ("Sept")
    start = start.substring(0, 3);
    end = end.substring(0, 3);
    return switch (p.kind()) {
      case CALENDAR_YEAR -> new String[] {Periods.name(p), "Jan to Dec"};
      case FINANCIAL_YEAR -> new String[] {Periods.name(p), "Apr to Mar"};
      case TWELVE_MONTHS -> new String[] {start + " " + p.start().getYear() + " to", end + " " + p.end().getYear()};
      default -> new String[] {Periods.name(p), ""};
    };
  }
}
