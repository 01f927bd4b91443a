package org.localwire.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.localwire.model.Cell;
import org.localwire.model.InputException;

/**
 * Reads a CSV file whole with Commons CSV: strict UTF-8 (a byte that is not UTF-8 is an error
 * naming the encoding to save as), a leading byte-order mark skipped, CRLF or LF, every row
 * with its line number. Nothing here splits lines by hand.
 */
final class CsvFiles {
  private CsvFiles() {}

  /** A parsed file: its name as the user gave it, the header cells and the rows. */
  record Table(String file, List<String> header, List<Row> rows) {
    Cell cell(long line, int index) {
      return new Cell(file, line, index + 1);
    }

    /** Position of a header name, or -1. */
    int column(String name) {
      return header.indexOf(name);
    }
  }

  /** One record: the line it ends on and its cells. */
  record Row(long line, List<String> cells) {}

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder()
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .setIgnoreEmptyLines(true)
          .get();

  static Table read(Path path) throws InputException {
    String file = path.toString();
    if (Files.isDirectory(path)) {
      throw InputException.in(file, "is a folder, not a CSV file", "give the path of a .csv file inside it");
    }
    List<Row> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(path);
        Reader reader = new BufferedReader(new InputStreamReader(in, strictUtf8()));
        CSVParser parser = FORMAT.parse(skipBom(reader))) {
      long previousEnd = 0;
      for (CSVRecord record : parser) {
        long last = parser.getCurrentLineNumber();
        // a record that spans lines (a quoted newline) is reported at its first line
        long line = Math.max(previousEnd + 1, last - countNewlines(record) );
        previousEnd = last;
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        rows.add(new Row(line, cells));
      }
    } catch (NoSuchFileException e) {
      throw InputException.in(file, "no such file", "check the path, or run 'localwire areas' without --data for the bundled figures");
    } catch (AccessDeniedException e) {
      throw InputException.in(file, "cannot be read (permission denied)", "check the file's permissions");
    } catch (CharacterCodingException e) {
      throw InputException.in(file, "is not UTF-8 text", "save it as \"CSV UTF-8 (comma delimited)\" and try again");
    } catch (UncheckedIOException e) {
      throw fromParser(file, e.getCause() != null ? e.getCause() : e);
    } catch (IOException e) {
      if (e.getCause() instanceof CharacterCodingException || e instanceof java.nio.charset.MalformedInputException) {
        throw InputException.in(file, "is not UTF-8 text", "save it as \"CSV UTF-8 (comma delimited)\" and try again");
      }
      throw fromParser(file, e);
    }
    if (rows.isEmpty()) {
      throw InputException.in(file, "is empty", "the first line must be a header such as area,force,2023/24");
    }
    List<String> header = rows.get(0).cells().stream().map(String::strip).toList();
    return new Table(file, header, List.copyOf(rows.subList(1, rows.size())));
  }

  private static InputException fromParser(String file, Throwable e) {
    String message = String.valueOf(e.getMessage());
    if (e instanceof CharacterCodingException) {
      return InputException.in(file, "is not UTF-8 text", "save it as \"CSV UTF-8 (comma delimited)\" and try again");
    }
    // Commons CSV says e.g. "(line 5) EOF reached before encapsulated token finished"
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
    if (message.contains("EOF reached before encapsulated token finished") && m.find()) {
      return InputException.atLine(file, Long.parseLong(m.group(1)),
          "a quote (\") opened here is never closed", "close the quote or remove it");
    }
    if (m.find(0)) {
      return InputException.atLine(file, Long.parseLong(m.group(1)), "cannot be read as CSV (" + message + ")",
          "check the quotes on this line");
    }
    return InputException.in(file, "cannot be read as CSV (" + message + ")", "check the file is a comma-separated CSV");
  }

  private static int countNewlines(CSVRecord record) {
    int n = 0;
    for (String value : record) {
      for (int i = 0; i < value.length(); i++) {
        if (value.charAt(i) == '\n') {
          n++;
        }
      }
    }
    return n;
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static Reader skipBom(Reader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }
}
