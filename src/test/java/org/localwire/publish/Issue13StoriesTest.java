package org.localwire.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localwire.model.InputException;

/**
 * Issue 13, item 4: an area's story and a force's go through one set-up, so what is wrong with
 * the offence copy, the quotes or the templates is said the same way for both.
 */
class Issue13StoriesTest {
  private static final Library BUNDLED = new Library(Path.of("templates"), Path.of("quotes"));

  /** Standard output and error as text, no progress. */
  private record Captured(StringWriter outText, StringWriter errText, PrintWriter out, PrintWriter err)
      implements Sink {
    Captured() {
      this(new StringWriter(), new StringWriter());
    }

    private Captured(StringWriter out, StringWriter err) {
      this(out, err, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Override
    public Optional<OutputStream> bytes() {
      return Optional.empty();
    }

    @Override
    public Progress progress(int total) {
      throw new AssertionError("a single story shows no progress");
    }
  }

  @Test
  void aForceStoryWarnsOfAnOffenceWithoutCopyAsAnAreaStoryDoes() throws InputException {
    Workspace ws = Workspace.open(Selection.of(Path.of("data")).offence("Theft offences"));
    String warning = "localwire: warning: " + Path.of("data", "offences", "theft-offences.json") + ": no copy for "
        + "Theft offences, so its drafts have no context paragraph and only the general helplines; add the file "
        + "(see data/offences/README.md)" + System.lineSeparator();
    Captured area = new Captured();
    Stories.area(ws, "Newport", BUNDLED, area);
    Captured force = new Captured();
    Stories.force(ws, "Gwent", BUNDLED, force);
    assertEquals(warning, area.errText().toString());
    assertEquals(warning, force.errText().toString());
    assertTrue(force.outText().toString().contains("Gwent"), force.outText().toString());
  }

  @Test
  void aBadQuoteFileIsTheSameErrorForAnAreaAndAForce(@TempDir Path dir) throws IOException, InputException {
    Files.writeString(dir.resolve("ours.json"), "{\"quotes\": [\n");
    Workspace ws = Workspace.open(Selection.of(Path.of("data")));
    Library bad = new Library(Path.of("templates"), dir);
    InputException area = assertThrows(InputException.class,
        () -> Stories.area(ws, "Newport", bad, new Captured()));
    InputException force = assertThrows(InputException.class, () -> Stories.force(ws, "Gwent", bad, new Captured()));
    assertEquals(dir.resolve("ours.json") + ":2:1: is not valid JSON (it ends before every { and [ is closed); fix "
        + "the JSON syntax", area.getMessage());
    assertEquals(area.getMessage(), force.getMessage());
  }
}
