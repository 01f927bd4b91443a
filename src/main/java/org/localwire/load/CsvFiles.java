package org.localwire.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.localwire.model.Cell;
import org.localwire.model.InputException;

/**
 * Reads a CSV file with Commons CSV, whole ({@link #read}) or a row at a time ({@link #open}):
 * strict UTF-8 (a byte that is not UTF-8 is an error
 * naming the cell and the encoding to save as), a leading byte-order mark skipped, CRLF or LF,
 * text in Unicode NFC (so that "Môn" typed on a Mac matches "Môn" typed on Windows), every row
 * with its line number. Workbooks, UTF-16 text and other binary files are refused by name.
 * Nothing here splits lines by hand: {@link CsvText} decodes the bytes, {@link CsvRows} reads
 * the rows.
 */
final class CsvFiles {
  private CsvFiles() {}

  /** A table of areas is a few hundred kilobytes; anything this big is not one. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  /** A parsed file: its name as the user gave it, the header cells and the rows. */
  record Table(String file, List<String> header, List<Row> rows) {
    Cell cell(long line, int index) {
      return new Cell(file, line, index + 1);
    }

    /** Position of a header name, ignoring case, or -1. */
    int column(String name) {
      return CsvFiles.column(header, name);
    }
  }

  /** One record: the line it starts on and its cells. */
  record Row(long line, List<String> cells) {
    /** True for a row of empty cells, as spreadsheets write below the data (",,,"). */
    boolean isBlank() {
      for (String cell : cells) {
        if (!cell.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  /** Position of {@code name} in {@code header}, ignoring case, or -1. */
  static int column(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The whole file at once: for the small files (offences, populations, a table of areas). */
  static Table read(Path path) throws InputException {
    try (CsvRows rows = open(path)) {
      return rows.rest();
    }
  }

  /**
   * The file's header, then its rows one at a time as Commons CSV reads them, so that a loader
   * never holds 100,000 rows at once (issue #6). Text is decoded and checked whole first, so an
   * encoding error still comes before any other.
   */
  static CsvRows open(Path path) throws InputException {
    String file = path.toString();
    byte[] bytes = bytes(path);
    return CsvRows.afterHeader(file, CsvText.decode(file, bytes), CsvText.newlines(bytes) + 1);
  }

  private static byte[] bytes(Path path) throws InputException {
    String file = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw InputException.in(file, "is a folder, not a CSV file", "give the path of a .csv file inside it");
      }
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        throw InputException.in(file, "is not a regular file", "give the path of a .csv file");
      }
      if (Files.exists(path) && Files.size(path) > MAX_BYTES) {
        throw InputException.in(file, "is " + Files.size(path) / (1024 * 1024) + " MB, too big for a table of areas",
            "check that this is the right file");
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  /** Why a file could not be read, in words; never a stack trace. */
  static InputException cannotRead(String file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return InputException.in(file, "no such file", "check the path and the file name");
    }
    if (e instanceof AccessDeniedException) {
      return InputException.in(file, "cannot be read (permission denied)", "check the file's permissions");
    }
    String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    return InputException.in(file, "cannot be read (" + reason + ")", "check the path and the file");
  }

  /**
   * A problem with a name cell (area, force), or null: a name holding a line break or another
   * control character would break every output format, so it is refused.
   */
  static InputException badName(Cell cell, String what, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c)) {
        String which = c == '\n' || c == '\r' ? "a line break" : String.format(Locale.ROOT, "a control character (U+%04X)", (int) c);
        return InputException.at(cell, "the " + what + " \"" + name + "\" holds " + which,
            "remove it (a line break inside a name often comes from a quote (\") that is not closed)");
      }
    }
    if (!hasLetter(name)) {
      return InputException.at(cell, "the " + what + " \"" + name + "\" has no letters",
          "names are words: check that the row's cells are in the order of the header");
    }
    return null;
  }

  private static boolean hasLetter(String name) {
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (Character.isLetter(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }
}
