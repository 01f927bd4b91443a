package org.localwire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/**
 * How a file that cannot be read is reported. BadInputTest covers the same through the CLI with
 * a real unreadable file, but only when not running as root (root reads any file), so the
 * mapping from the JDK's exceptions is pinned here too.
 */
class CsvFilesTest {
  @Test
  void permissionDenied() {
    assertEquals("data/x.csv: cannot be read (permission denied); check the file's permissions",
        CsvFiles.cannotRead("data/x.csv", new AccessDeniedException("data/x.csv")).getMessage());
  }

  @Test
  void noSuchFile() {
    assertEquals("data/x.csv: no such file; check the path and the file name",
        CsvFiles.cannotRead("data/x.csv", new NoSuchFileException("data/x.csv")).getMessage());
  }

  @Test
  void anyOtherFileSystemProblemGivesItsReason() {
    assertEquals("data/x.csv/y.csv: cannot be read (Not a directory); check the path and the file",
        CsvFiles.cannotRead("data/x.csv/y.csv", new FileSystemException("data/x.csv/y.csv", null, "Not a directory"))
            .getMessage());
  }

  @Test
  void aPlainIoErrorGivesItsMessage() {
    assertEquals("data/x.csv: cannot be read (Input/output error); check the path and the file",
        CsvFiles.cannotRead("data/x.csv", new IOException("Input/output error")).getMessage());
  }
}
