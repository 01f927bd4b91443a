package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release whose manifest an earlier localwire wrote, with SHA-256 hashes of the wire files, is
 * compared correctly by a re-run: every story unchanged, its bytes kept, and the manifest then
 * holds the current fingerprints.
 */
class ShaManifestRerunTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path out;

  @Test
  void storiesHashedBySha256AreUnchangedOnARerun() throws Exception {
    assertEquals(0, batch("2025-10-23T09:30:00+01:00").exit());
    Path release = out.resolve("r");
    Path manifest = release.resolve("manifest.json");
    ObjectNode doc = (ObjectNode) JSON.readTree(manifest.toFile());
    int stories = 0;
    for (var story : doc.get("stories")) {
      String path = story.get("path").asText();
      // as localwire wrote it before the fingerprint changed: SHA-256 of each wire file's name and bytes
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String ext : List.of("txt", "md", "html", "json")) {
        sha.update((path + "." + ext).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Files.readAllBytes(release.resolve(path + "." + ext)));
        sha.update((byte) 0);
      }
      ((ObjectNode) story).put("hash", "sha256:" + HexFormat.of().formatHex(sha.digest()));
      stories++;
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(manifest.toFile(), doc);
    Map<String, String> before = Issue16CorrectionsTest.files(release);

    Cli rerun = batch("2025-10-24T10:00:00+01:00");
    assertEquals(0, rerun.exit(), rerun.err());
    assertTrue(rerun.out().contains(stories + " unchanged, 0 corrected, 0 new, 0 withdrawn"), rerun.out());
    Map<String, String> after = Issue16CorrectionsTest.files(release);
    for (String name : before.keySet()) {
      if (!name.equals("manifest.json")) {
        assertEquals(before.get(name), after.get(name), name);
      }
    }
    for (var story : JSON.readTree(manifest.toFile()).get("stories")) {
      assertTrue(story.get("hash").asText().startsWith("murmur3-128:"), story.toString());
    }
  }

  Cli batch(String time) {
    return Cli.run("batch", "--force", "Gwent", "--out", out.toString(), "--release", "r", "--release-time", time,
        "--no-progress");
  }
}
