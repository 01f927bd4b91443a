package org.localwire.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * How the manifest fingerprints a story's content, to tell on a re-run whether it changed:
 * a hash written as its name, a colon and hex digits ({@code murmur3-128:} and 32 digits).
 * The fingerprint tells a change from no change; it is not a seal against tampering, so it is a
 * fast non-cryptographic hash (MurmurHash3, 128 bits, from Commons Codec): SHA-256 took an
 * eighth of {@code batch --offence all} under the launcher's C1 compiler, which lacks its
 * intrinsics. A manifest written before by SHA-256 ({@code sha256:}) is still read: the re-run
 * compares the story with it by SHA-256, then keeps the new fingerprint.
 */
enum Fingerprint {
  MURMUR3_128("murmur3-128") {
    @Override
    String digest(byte[] bytes, int length) {
      long[] h = MurmurHash3.hash128x64(bytes, 0, length, 0);
      return HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(16).putLong(h[0]).putLong(h[1]).array());
    }
  },
  SHA256("sha256") {
    @Override
    String digest(byte[] bytes, int length) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(bytes, 0, length);
        return HexFormat.of().formatHex(sha.digest());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }
  };

  /** The fingerprint new manifests are written with. */
  static final Fingerprint CURRENT = MURMUR3_128;

  private final String name;

  Fingerprint(String name) {
    this.name = name;
  }

  abstract String digest(byte[] bytes, int length);

  /** The fingerprint {@code written} was made with (a manifest's {@code hash}); {@link #CURRENT} when it names none. */
  static Fingerprint usedBy(String written) {
    for (Fingerprint f : values()) {
      if (written.startsWith(f.name + ":")) {
        return f;
      }
    }
    return CURRENT;
  }

  /** One text's fingerprint. */
  String ofText(CharSequence text) {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    return name + ":" + digest(bytes, bytes.length);
  }

  /** Files' fingerprint: each file's name in UTF-8, a zero byte, its bytes and a zero byte, in order. */
  String ofFiles(Map<String, byte[]> files) {
    Bytes all = new Bytes();
    files.forEach((file, bytes) -> {
      all.writeBytes(file.getBytes(StandardCharsets.UTF_8));
      all.write(0);
      all.writeBytes(bytes);
      all.write(0);
    });
    return name + ":" + digest(all.buffer(), all.size());
  }

  /** A byte buffer whose array is read in place, not copied. */
  private static final class Bytes extends ByteArrayOutputStream {
    Bytes() {
      super(16 * 1024);
    }

    byte[] buffer() {
      return buf;
    }
  }
}
