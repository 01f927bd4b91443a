package org.localwire.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.localwire.model.Cell;
import org.localwire.model.InputException;

/**
 * Reads a CSV file with Commons CSV, whole ({@link #read}) or a row at a time ({@link #open}):
 * strict UTF-8 (a byte that is not UTF-8 is an error
 * naming the cell and the encoding to save as), a leading byte-order mark skipped, CRLF or LF,
 * text in Unicode NFC (so that "Môn" typed on a Mac matches "Môn" typed on Windows), every row
 * with its line number. Workbooks, UTF-16 text and other binary files are refused by name.
 * Nothing here splits lines by hand.
 */
final class CsvFiles {
  private CsvFiles() {}

  /** A table of areas is a few hundred kilobytes; anything this big is not one. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  static final String SAVE_AS = "save it as \"CSV UTF-8 (comma delimited)\" and try again";

  /** A parsed file: its name as the user gave it, the header cells and the rows. */
  record Table(String file, List<String> header, List<Row> rows) {
    Cell cell(long line, int index) {
      return new Cell(file, line, index + 1);
    }

    /** Position of a header name, ignoring case, or -1. */
    int column(String name) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(name)) {
          return i;
        }
      }
      return -1;
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

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder()
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .setIgnoreEmptyLines(true)
          .get();

  /** The whole file at once: for the small files (offences, populations, a table of areas). */
  static Table read(Path path) throws InputException {
    try (Rows rows = open(path)) {
      return rows.rest();
    }
  }

  /**
   * The file's header, then its rows one at a time as Commons CSV reads them, so that a loader
   * never holds 100,000 rows at once (issue #6). Text is decoded and checked whole first, so an
   * encoding error still comes before any other.
   */
  static Rows open(Path path) throws InputException {
    String file = path.toString();
    byte[] bytes = bytes(path);
    Rows rows = new Rows(file, decode(file, bytes));
    rows.lines = newlines(bytes) + 1;
    rows.readHeader();
    return rows;
  }

  /**
   * Rows read on demand; blank rows are skipped. A CSV syntax error (an unclosed quote) found
   * on the way is the file's error, whatever a loader found before it: a loader that stops with
   * an error calls {@link #failWith}, which reads on to the end first, as reading the whole file
   * first did.
   */
  static final class Rows implements AutoCloseable {
    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private List<String> header;
    private long previousEnd;
    private InputException syntaxError;
    private long lines;

    private Rows(String file, String text) {
      this.file = file;
      try {
        this.parser = FORMAT.parse(new StringReader(text));
      } catch (IOException e) {
        // a StringReader does not fail; Commons CSV declares it
        throw new UncheckedIOException(e);
      }
      this.records = parser.iterator();
    }

    private void readHeader() throws InputException {
      Row first = next();
      if (first == null) {
        throw InputException.in(file, "is empty", "the first line must be a header such as area,force,2023/24");
      }
      header = first.cells().stream().map(String::strip).toList();
    }

    /** The number of lines in the file: at most that many rows, fewer with a quoted line break or blank lines. */
    long lines() {
      return lines;
    }

    String file() {
      return file;
    }

    List<String> header() {
      return header;
    }

    Cell cell(long line, int index) {
      return new Cell(file, line, index + 1);
    }

    /** Position of a header name, ignoring case, or -1. */
    int column(String name) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(name)) {
          return i;
        }
      }
      return -1;
    }

    /** The rows not read yet, all at once, as a table. */
    Table rest() throws InputException {
      List<Row> all = new ArrayList<>();
      for (Row row = next(); row != null; row = next()) {
        all.add(row);
      }
      return new Table(file, header, List.copyOf(all));
    }

    /** The next row that is not blank, or null after the last. */
    Row next() throws InputException {
      if (syntaxError != null) {
        throw syntaxError;
      }
      try {
        Row row;
        do {
          row = read();
        } while (row != null && row.isBlank());
        return row;
      } catch (InputException e) {
        syntaxError = e;
        throw e;
      }
    }

    /**
     * {@code problem}, unless the rest of the file has a CSV syntax error: then that one, which
     * would have been reported first had the file been read whole.
     */
    InputException failWith(InputException problem) {
      try {
        while (next() != null) {
          // read on to the end for a syntax error
        }
      } catch (InputException e) {
        return e;
      }
      return problem;
    }

    private Row read() throws InputException {
      try {
        if (!records.hasNext()) {
          return null;
        }
        CSVRecord record = records.next();
        long last = parser.getCurrentLineNumber();
        // a record that spans lines (a quoted newline) is reported at its first line; a record on
        // the line after the previous one (the common case) cannot span lines, so no need to look
        long line = last == previousEnd + 1 ? last : Math.max(previousEnd + 1, last - countNewlines(record));
        previousEnd = last;
        // the record's own array, not a copy: Commons CSV makes a new one per record
        return new Row(line, Arrays.asList(record.values()));
      } catch (UncheckedIOException e) {
        // Commons CSV wraps its CSVException; its message has the line in the default locale's digits
        String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
          throw InputException.atLine(file, previousEnd + 1, "a quote (\") opened on this line is never closed",
              "close the quote or remove it");
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
          throw InputException.atLine(file, Math.max(previousEnd + 1, parser.getCurrentLineNumber()),
              "a quoted cell has text after its closing quote",
              "quote the whole cell (\"Bristol, City of\") or remove the quotes");
        }
        throw InputException.atLine(file, previousEnd + 1, "cannot be read as CSV (" + message + ")",
            "check the quotes on this line");
      }
    }

    @Override
    public void close() {
      try {
        parser.close();
      } catch (IOException e) {
        // a StringReader does not fail; Commons CSV declares it
        throw new UncheckedIOException(e);
      }
    }
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

  /** The file as text, or an error that says what it is instead and how to save it. */
  static String decode(String file, byte[] bytes) throws InputException {
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      throw InputException.in(file, "is a zip file (an Excel .xlsx workbook?), not CSV text",
          "open it in Excel and " + SAVE_AS);
    }
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw InputException.in(file, "is an old Excel .xls workbook (or another Office file), not CSV text",
          "open it in Excel and " + SAVE_AS);
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      throw InputException.in(file, "is UTF-16 text (Excel's \"Unicode Text\"), not UTF-8", SAVE_AS);
    }
    boolean ascii = true;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw InputException.atLine(file, lineAt(bytes, i), "is a binary file, not CSV text (it holds a zero byte)",
            "give a .csv file; " + SAVE_AS);
      }
      ascii &= bytes[i] > 0;
    }
    if (ascii) {
      // plain ASCII is valid UTF-8, has no byte-order mark and is already NFC: skip the decoder and
      // the normaliser, which cost more than the CSV parser on a file of 100,000 rows (issue #6)
      return new String(bytes, StandardCharsets.US_ASCII);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw notUtf8(file, bytes, in.position());
    }
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Names the cell holding the first byte that is not UTF-8, read leniently to find it. */
  private static InputException notUtf8(String file, byte[] bytes, int position) {
    String byteHex = String.format(Locale.ROOT, "0x%02X", bytes[position] & 0xFF);
    String cause = " holds byte " + byteHex + ", so it was probably saved as Windows-1252 or Latin-1";
    long line = lineAt(bytes, position);
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    try (Rows rows = new Rows(file, lenient)) {
      for (Row row = rows.next(); row != null; row = rows.next()) {
        for (int c = 0; c < row.cells().size(); c++) {
          String value = row.cells().get(c);
          if (value.indexOf('\uFFFD') >= 0) {
            return InputException.at(new Cell(file, row.line(), c + 1), "the file is not UTF-8 text: the cell \""
                + value.replace('\uFFFD', '?') + "\"" + cause, SAVE_AS);
          }
        }
      }
    } catch (InputException e) {
      // not even readable as CSV when read leniently: name the line alone
    }
    return InputException.atLine(file, line, "the file is not UTF-8 text: this line" + cause, SAVE_AS);
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

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static long newlines(byte[] bytes) {
    long n = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }

  private static long lineAt(byte[] bytes, int position) {
    long line = 1;
    for (int i = 0; i < position; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int countNewlines(CSVRecord record) {
    int n = 0;
    for (int c = 0; c < record.size(); c++) {
      String value = record.get(c);
      for (int i = 0; i < value.length(); i++) {
        if (value.charAt(i) == '\n') {
          n++;
        }
      }
    }
    return n;
  }
}
