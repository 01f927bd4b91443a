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
  /** How much of a file {@link #header} reads to find its header line. */
  private static final int HEADER_BYTES = 64 * 1024;

  /**
   * The header of a CSV file, reading only its first lines: to tell which kind of table a file
   * is without reading and decoding the whole of it (a folder of data holds force series of
   * several megabytes). A header line longer than 64 KB falls back to reading the file.
   */
  static List<String> header(Path path) throws InputException {
    String file = path.toString();
    byte[] start;
    try (java.io.InputStream in = Files.newInputStream(path)) {
      start = in.readNBytes(HEADER_BYTES);
      if (start.length == HEADER_BYTES) {
        int end = start.length;
        while (end > 0 && start[end - 1] != '\n') {
          end--;
        }
        if (end == 0) {
          try (CsvRows rows = open(path)) {
            return rows.header();
          }
        }
        start = java.util.Arrays.copyOf(start, end); // whole lines only: no UTF-8 sequence cut in two
      }
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
    try (CsvRows rows = CsvRows.afterHeader(file, CsvText.decode(file, start), CsvText.newlines(start) + 1)) {
      return rows.header();
    }
  }

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
  /** The longest name a cell may hold (issue 14: a 60 MB name wrote gigabytes). */
  static final int MAX_NAME = 200;

  /**
   * What is wrong with a name read from {@code cell}, or null. Names are checked like numbers
   * (issue 14): at most {@link #MAX_NAME} characters; no control characters; no invisible
   * format characters (zero-width spaces and joiners, bidi overrides and isolates), which would
   * let two names print alike and yet be two areas; no private-use or unassigned code points.
   * The text is NFC already ({@link CsvText}).
   */
  static InputException badName(Cell cell, String what, String name) {
    int length = name.codePointCount(0, name.length());
    if (length > MAX_NAME) {
      return InputException.at(cell, "the " + what + " is " + length + " characters long (\""
          + visible(name.substring(0, name.offsetByCodePoints(0, 40))) + "...\"); a name has at most " + MAX_NAME
          + " characters", "check that the cell holds the name alone (a quote (\") that is not closed joins cells)");
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      int column = i;
      i += Character.charCount(c);
      if (Character.isISOControl(c)) {
        String which = c == '\n' || c == '\r' ? "a line break" : String.format(Locale.ROOT, "a control character (U+%04X)", c);
        return InputException.at(cell, "the " + what + " \"" + visible(name) + "\" holds " + which,
            "remove it (a line break inside a name often comes from a quote (\") that is not closed)");
      }
      int type = Character.getType(c);
      if (type == Character.FORMAT || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
          || type == Character.SURROGATE || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        String which = type == Character.FORMAT ? "an invisible formatting character" : "a character that does not print";
        return InputException.at(cell, "the " + what + " \"" + visible(name) + "\" holds " + which + " ("
            + String.format(Locale.ROOT, "U+%04X", c) + ", character " + (name.codePointCount(0, column) + 1)
            + "), so two names could look alike and be different",
            "retype the name, or delete the character (copying from a web page or PDF often brings them)");
      }
    }
    if (!hasLetter(name)) {
      return InputException.at(cell, "the " + what + " \"" + name + "\" has no letters",
          "names are words: check that the row's cells are in the order of the header");
    }
    return null;
  }

  /** {@code name} with every invisible character (that would not print, or reorder a terminal line) as <U+XXXX>. */
  static String visible(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    name.codePoints().forEach(c -> {
      int type = Character.getType(c);
      // control characters are left to the message, which shows a line break as \\n
      if (type == Character.FORMAT || type == Character.PRIVATE_USE
          || type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        sb.append(String.format(Locale.ROOT, "<U+%04X>", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }

  /**
   * A name as compared with others: accents and case folded ("Ynys Môn", "YNYS MON" and "Ynys Mon"
   * are one), so that names a reader cannot tell apart are never two areas (issue 14).
   */
  static String fold(String name) {
    if (name.chars().allMatch(c -> c < 0x80)) {
      return name.toLowerCase(Locale.ROOT);
    }
    String bare = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return bare.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
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
