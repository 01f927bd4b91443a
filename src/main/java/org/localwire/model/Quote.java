package org.localwire.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A quote from the curated library in {@code quotes/}. {@code status} is {@code approved} for
 * a real statement (with its {@code source} and {@code date}) or {@code sample} for placeholder
 * copy, which a draft prints with a visible marker. {@code offences} and {@code forces} say where
 * it may be used; an empty list means anywhere.
 */
public record Quote(
    String id,
    String speaker,
    String role,
    String organisation,
    String text,
    String source,
    String date,
    Status status,
    List<String> offences,
    List<String> forces) {

  public enum Status {
    APPROVED,
    SAMPLE
  }

  public Quote {
    requireNonNull(id, "id");
    requireNonNull(speaker, "speaker");
    requireNonNull(role, "role");
    requireNonNull(organisation, "organisation");
    requireNonNull(text, "text");
    requireNonNull(source, "source");
    requireNonNull(date, "date");
    requireNonNull(status, "status");
    offences = List.copyOf(offences);
    forces = List.copyOf(forces);
  }

  public boolean isSample() {
    return status == Status.SAMPLE;
  }
}
