package org.localwire.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manifest's fingerprints: the current one, and SHA-256 as earlier manifests wrote it. */
class FingerprintTest {
  static final Map<String, byte[]> FILES = files("gwent/newport.txt", "Ynys Môn – 2,141");

  static Map<String, byte[]> files(String name, String text) {
    return new LinkedHashMap<>(Map.of(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void sha256IsTheDigestEarlierManifestsHold() throws Exception {
    // as StoryFiles.wireHash computed it before: each name, a zero byte, its UTF-8 bytes, a zero byte
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update("gwent/newport.txt".getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update("Ynys Môn – 2,141".getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    assertEquals("sha256:" + HexFormat.of().formatHex(sha.digest()), Fingerprint.SHA256.ofFiles(FILES));
    assertEquals("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest("Newport".getBytes(StandardCharsets.UTF_8))), Fingerprint.SHA256.ofText("Newport"));
  }

  @Test
  void currentFingerprintIs128BitMurmur3AndTellsOneByteApart() {
    String a = Fingerprint.CURRENT.ofFiles(FILES);
    assertTrue(a.matches("murmur3-128:[0-9a-f]{32}"), a);
    assertEquals(a, Fingerprint.CURRENT.ofFiles(files("gwent/newport.txt", "Ynys Môn – 2,141")));
    assertNotEquals(a, Fingerprint.CURRENT.ofFiles(files("gwent/newport.txt", "Ynys Môn – 2,142")));
    assertNotEquals(a, Fingerprint.CURRENT.ofFiles(files("gwent/newpor.txt", "tYnys Môn – 2,141")));
  }

  @Test
  void aHashIsComparedByTheFingerprintThatMadeIt() {
    assertEquals(Fingerprint.SHA256, Fingerprint.usedBy("sha256:00ff"));
    assertEquals(Fingerprint.MURMUR3_128, Fingerprint.usedBy("murmur3-128:00ff"));
    assertEquals(Fingerprint.CURRENT, Fingerprint.usedBy(""));
  }
}
