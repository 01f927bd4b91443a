package org.localwire.seeds;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.localwire.facts.Amount;
import org.localwire.facts.Totals;
import org.localwire.model.Area;
import org.localwire.model.Dataset;
import org.localwire.model.Figure;
import org.localwire.model.Period;
import org.localwire.model.Place;

/**
 * Where a seed's figures and the bundled official data cover the same place, offence and
 * period, do they agree, and by how much do they differ? Official figures are revised, and an
 * article may round: a difference is information, not an error. Pure.
 */
public final class Agreements {
  private Agreements() {}

  /**
   * One seed figure beside the bundled one: {@code seed} is empty where the seed marks its figure
   * missing (the article does not give it), {@code bundled} is the bundled count with its cells.
   */
  public record Agreement(Place place, String offence, Period period, OptionalLong seed, String seedMissing,
      Amount bundled, String bundledFile) {
    public Agreement {
      requireNonNull(place, "place");
      requireNonNull(offence, "offence");
      requireNonNull(period, "period");
      requireNonNull(seed, "seed");
      requireNonNull(seedMissing, "seedMissing");
      requireNonNull(bundled, "bundled");
      requireNonNull(bundledFile, "bundledFile");
    }

    public boolean agrees() {
      return seed.isPresent() && seed.getAsLong() == bundled.value();
    }

    /** Seed minus bundled; 0 when the seed has no figure. */
    public long difference() {
      return seed.isPresent() ? seed.getAsLong() - bundled.value() : 0;
    }
  }

  /** Every figure of {@code seed} that one of the {@code bundled} datasets also has. */
  public static List<Agreement> compare(Dataset seed, List<Dataset> bundled) {
    List<Agreement> out = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    for (Area area : seed.areas()) {
      places.add(Place.area(area));
    }
    for (String force : seed.forces()) {
      places.add(Place.forceTotal(force));
    }
    places.add(Place.national());
    for (Place place : places) {
      for (String offence : seed.offences()) {
        for (Period period : seed.periods()) {
          Optional<Figure> figure = seed.figure(place, offence, period);
          if (figure.isEmpty()) {
            continue;
          }
          for (Dataset data : bundled) {
            Optional<Amount> theirs = bundledCount(data, place, offence, period);
            if (theirs.isPresent()) {
              Figure f = figure.get();
              out.add(new Agreement(place, offence, period, f.value(), f.isMissing() ? f.missing() : "", theirs.get(),
                  data.source().file()));
            }
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static Optional<Amount> bundledCount(Dataset data, Place place, String offence, Period period) {
    if (!data.offences().contains(offence)) {
      return Optional.empty();
    }
    if (place.kind() == Place.Kind.AREA) {
      return data.area(place.name()).filter(a -> a.force().equals(place.force()))
          .flatMap(a -> Totals.figure(data, Place.area(a), offence, period));
    }
    if (place.kind() == Place.Kind.FORCE_TOTAL && !data.forces().contains(place.force())) {
      return Optional.empty();
    }
    return Measures.count(data, place, offence, period);
  }
}
