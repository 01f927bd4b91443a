package org.localwire.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.localwire.model.Cell;
import org.localwire.model.InputException;

/**
 * A CSV file's bytes as text: strict UTF-8 (a byte that is not UTF-8 is an error naming the cell
 * and the encoding to save as), a leading byte-order mark skipped, in Unicode NFC (so that "Môn"
 * typed on a Mac matches "Môn" typed on Windows). Workbooks, UTF-16 text and other binary files
 * are refused by name.
 */
final class CsvText {
  private CsvText() {}

  static final String SAVE_AS = "save it as \"CSV UTF-8 (comma delimited)\" and try again";

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
    try (CsvRows rows = new CsvRows(file, lenient)) {
      for (CsvFiles.Row row = rows.next(); row != null; row = rows.next()) {
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

  /** How many line feeds {@code bytes} holds. */
  static long newlines(byte[] bytes) {
    long n = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
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

  private static long lineAt(byte[] bytes, int position) {
    long line = 1;
    for (int i = 0; i < position; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
