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
  public record Bar(String label, String value, boolean known, int x, int y, int barWidth, int barHeight) {}

  static final int BAR = 48;
  static final int GAP = 24;
  static final int PLOT = 120;
  static final int TOP = 20;

  public Chart {
    bars = List.copyOf(bars);
  }

  static Chart of(AreaFacts facts) {
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
      bars.add(new Bar(Periods.name(h.period()),
          h.count().map(a -> NumberWords.digits(a.value())).orElse("not published"), h.count().isPresent(),
          x, TOP + PLOT - barHeight, BAR, barHeight));
      x += BAR + GAP;
    }
    return new Chart(Math.max(x, 160), TOP + PLOT + 40, bars);
  }
}
