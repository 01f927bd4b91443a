package org.localwire.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.localwire.model.Quote;

/**
 * Chooses a quote for a story, deterministically: an approved statement for the force and
 * offence if the library has one, else a sample quote for the offence, picked by a stable hash
 * of the story's key so that neighbouring areas do not all print the same words.
 */
public final class Quotes {
  private Quotes() {}

  public static Quote choose(List<Quote> library, String key, String force, String offence) {
    return find(library, key, force, offence).orElseThrow(() ->
        new IllegalArgumentException("the quote library has no quote for " + offence + " in " + force));
  }

  /** The quote {@link #choose} picks, or empty when no quote in the library fits the force and offence. */
  public static Optional<Quote> find(List<Quote> library, String key, String force, String offence) {
    return pick(pool(library, force, offence), key);
  }

  /**
   * The quotes a story for {@code force} and {@code offence} draws from: those that fit, the
   * approved ones only if there are any. The same for every area of a force, so worth keeping.
   */
  static List<Quote> pool(List<Quote> library, String force, String offence) {
    List<Quote> fits = library.stream()
        .filter(q -> q.forces().isEmpty() || q.forces().contains(force))
        .filter(q -> q.offences().isEmpty() || q.offences().contains(offence))
        .toList();
    List<Quote> approved = fits.stream().filter(q -> !q.isSample()).toList();
    return approved.isEmpty() ? fits : approved;
  }

  /** The quote for {@code key} from a pool, stable for the key; empty for an empty pool. */
  static Optional<Quote> pick(List<Quote> pool, String key) {
    return pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(Math.floorMod(stableHash(key), pool.size())));
  }

  /** A hash that is the same on every machine and every run (CRC-32 of the UTF-8 bytes). */
  public static int stableHash(String key) {
    CRC32 crc = new CRC32();
    crc.update(key.getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }
}
