package org.localwire.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.localwire.model.Cell;
import org.localwire.model.InputException;

/**
 * A file's rows read on demand by Commons CSV, from text already decoded by {@link CsvText}
 * (open one with {@link CsvFiles#open}); blank rows are skipped, and each row has the line it
 * starts on. A CSV syntax error (an unclosed quote) found on the way is the file's error,
 * whatever a loader found before it: a loader that stops with an error calls {@link #failWith},
 * which reads on to the end first, as reading the whole file first did.
 */
final class CsvRows implements AutoCloseable {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder()
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .setIgnoreEmptyLines(true)
          .get();

  private final String file;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private List<String> header;
  private long previousEnd;
  private InputException syntaxError;
  private long lines;

  /** Every row of {@code text}, the first too: no header is read, and {@link #lines()} is 0. */
  CsvRows(String file, String text) {
    this.file = file;
    try {
      this.parser = FORMAT.parse(new StringReader(text));
    } catch (IOException e) {
      // a StringReader does not fail; Commons CSV declares it
      throw new UncheckedIOException(e);
    }
    this.records = parser.iterator();
  }

  /** The rows of {@code text} after its header, which is read now; {@code lines} is the file's line count. */
  static CsvRows afterHeader(String file, String text, long lines) throws InputException {
    CsvRows rows = new CsvRows(file, text);
    rows.lines = lines;
    rows.readHeader();
    return rows;
  }

  private void readHeader() throws InputException {
    CsvFiles.Row first = next();
    if (first == null) {
      throw InputException.in(file, "is empty", "the first line must be a header such as area,force,2023/24");
    }
    header = first.cells().stream().map(String::strip).toList();
    // a spreadsheet saved in a locale that uses ; or tab: one column holding the whole header (issue 14)
    if (header.size() == 1) {
      String only = header.get(0);
      for (String[] d : new String[][] {{";", ";"}, {"\t", "tab"}, {"|", "|"}}) {
        if (only.contains(d[0])) {
          throw InputException.atLine(file, first.line(), "this file looks " + d[1] + "-separated, not comma-separated "
              + "(its header is one column: \"" + (only.length() > 60 ? only.substring(0, 60) + "..." : only) + "\")",
              "save it as CSV with commas (in Excel: CSV UTF-8 (comma delimited))");
        }
      }
    }
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
    return CsvFiles.column(header, name);
  }

  /** The rows not read yet, all at once, as a table. */
  CsvFiles.Table rest() throws InputException {
    List<CsvFiles.Row> all = new ArrayList<>();
    for (CsvFiles.Row row = next(); row != null; row = next()) {
      all.add(row);
    }
    return new CsvFiles.Table(file, header, List.copyOf(all));
  }

  /** The next row that is not blank, or null after the last. */
  CsvFiles.Row next() throws InputException {
    if (syntaxError != null) {
      throw syntaxError;
    }
    try {
      CsvFiles.Row row;
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

  private CsvFiles.Row read() throws InputException {
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
      return new CsvFiles.Row(line, Arrays.asList(record.values()));
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
