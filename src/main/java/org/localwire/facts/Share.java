package org.localwire.facts;

import static java.util.Objects.requireNonNull;

import org.localwire.model.Checks;

/** {@code part} out of {@code whole}, exact; {@code of} names the whole ("all recorded crime"). */
public record Share(Amount part, Amount whole, String of) {
  public Share {
    requireNonNull(part, "part");
    requireNonNull(whole, "whole");
    requireNonNull(of, "of");
    Checks.checkArgument(whole.value() > 0, "a share of nothing is undefined");
    Checks.checkArgument(part.value() <= whole.value(), "part %s is larger than whole %s", part.value(), whole.value());
  }
}
