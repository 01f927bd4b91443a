package org.localwire.facts;

import static java.util.Objects.requireNonNull;

import org.localwire.model.Checks;

/**
 * Offences per 1,000 people: {@code 1000 * count / population}, exact. {@code population}
 * carries the cells of the estimate, {@code basis} what it is ("ONS mid-2021 population
 * estimate").
 */
public record Rate(Amount count, Amount population, String basis) {
  public Rate {
    requireNonNull(count, "count");
    requireNonNull(population, "population");
    requireNonNull(basis, "basis");
    Checks.checkArgument(population.value() > 0, "a rate needs a population");
  }

  public Ranked ranked(String name) {
    return Ranked.ratio(name, Math.multiplyExact(1000L, count.value()), count, population);
  }
}
