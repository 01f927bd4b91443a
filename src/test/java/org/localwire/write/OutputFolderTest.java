package org.localwire.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localwire.model.InputException;
import org.localwire.render.Slugs;

/**
 * Issue 5: {@code --out} that is a file or cannot be written is bad input with a message; a
 * story's path is always inside {@code --out}. The batch command (issue 7) is to call these.
 */
class OutputFolderTest {
  @TempDir Path dir;

  @Test
  void aFolderThatExistsOrCanBeCreatedIsFine() throws InputException {
    assertEquals(dir.toAbsolutePath(), OutputFolder.check(dir));
    assertEquals(dir.resolve("a/b").toAbsolutePath(), OutputFolder.check(dir.resolve("a/b")));
  }

  @Test
  void aFileIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("out"), "not a folder");
    InputException e = assertThrows(InputException.class, () -> OutputFolder.check(file));
    assertEquals(file + ": is a file, not a folder; give --out a folder (it is created if missing)", e.getMessage());
  }

  @Test
  void aFolderUnderAFileIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "");
    InputException e = assertThrows(InputException.class, () -> OutputFolder.check(file.resolve("out")));
    assertEquals(file.resolve("out") + ": cannot be created: " + file.toAbsolutePath()
        + " is a file, not a folder; give --out a path inside a folder", e.getMessage());
  }

  @Test
  void aFolderThatCannotBeWrittenIsRefused() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    // root writes anywhere whatever the permissions
    assumeFalse(Files.isWritable(locked), "running as root: the folder stays writable");
    InputException e = assertThrows(InputException.class, () -> OutputFolder.check(locked));
    assertEquals(locked + ": cannot be written (permission denied); choose a folder you can write to", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../etc/passwd", "..", "/", "a/../../b", "C:\\Windows", "\u2215etc\u2215passwd"})
  void aStoryPathMadeFromSlugsIsInsideOut(String hostile) {
    Path out = dir.resolve("out");
    Path file = OutputFolder.resolve(out, "2025-06", Slugs.of(hostile), Slugs.of(hostile) + ".txt");
    assertEquals(out.toAbsolutePath().normalize(), file.getParent().getParent().getParent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "", "../x", "a/b", "a\\b", "x\u0000"})
  void aPartThatIsNotOneFileNameIsABug(String part) {
    assertThrows(IllegalArgumentException.class, () -> OutputFolder.resolve(dir, "release", part));
  }
}
