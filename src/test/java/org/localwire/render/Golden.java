package org.localwire.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison. A mismatch writes the actual text to target/golden-actual/ and fails
 * naming both files; {@code -Dgolden.update=true} rewrites the golden file instead (then read
 * git diff). A missing golden file fails unless updating.
 */
public final class Golden {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path ACTUAL = Path.of("target/golden-actual");

  private Golden() {}

  public static void check(String name, String actual) throws IOException {
    String normalised = actual.replace("\r\n", "\n");
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, normalised, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("missing golden file " + golden + "; run mvn verify -Dgolden.update=true to create it, then review it");
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n");
    if (!expected.equals(normalised)) {
      Path out = ACTUAL.resolve(name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, normalised, StandardCharsets.UTF_8);
      assertEquals(expected, normalised, "the draft differs from " + golden + " (actual written to " + out
          + "); if the change is intended, run mvn verify -Dgolden.update=true and review git diff");
    }
  }
}
