package org.localwire.write;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.localwire.model.Network;

/**
 * One batch's identity: its folder name under {@code --out}, the time of the run (every item
 * first issued or re-issued by it gets this {@code versioncreated}: {@code --release-time}, else
 * the clock, read once in the CLI), its embargo if any, and the network config. Times are kept to
 * the second with the offset they were given in.
 */
public final class Release {
  private final String name;
  private final OffsetDateTime time;
  private final OffsetDateTime embargo; // null: not embargoed (never leaves this class: see embargo())
  private final Network network;

  private Release(String name, OffsetDateTime time, OffsetDateTime embargo, Network network) {
    this.name = requireNonNull(name, "name");
    this.time = requireNonNull(time, "time").truncatedTo(ChronoUnit.SECONDS);
    this.embargo = embargo == null ? null : embargo.truncatedTo(ChronoUnit.SECONDS);
    this.network = requireNonNull(network, "network");
  }

  /** A release run at {@code time}, not embargoed, with no network config. */
  public static Release of(String name, OffsetDateTime time) {
    return new Release(name, time, null, Network.NONE);
  }

  /** The same release embargoed until {@code until}. */
  public Release embargoedUntil(OffsetDateTime until) {
    return new Release(name, time, requireNonNull(until, "until"), network);
  }

  /** The same release sent out by {@code sender}. */
  public Release sentBy(Network sender) {
    return new Release(name, time, embargo, sender);
  }

  /** RFC 3339 with seconds and offset ("2025-10-23T09:30:00+01:00", "...Z" for UTC), as ninjs date-times are. */
  public static String timestamp(OffsetDateTime time) {
    return Stamp.RFC_3339.format(time);
  }

  public String name() {
    return name;
  }

  public OffsetDateTime time() {
    return time;
  }

  public Optional<OffsetDateTime> embargo() {
    return Optional.ofNullable(embargo);
  }

  /** "Embargoed: not for publication before 09:30 on 23 October 2025 (UTC+01:00).", for the review page. */
  public Optional<String> embargoNotice() {
    return embargo().map(Header::embargo);
  }

  public Network network() {
    return network;
  }
}
