package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 5: every kind of bad data file, fed through the CLI as a reporter would, gives exit
 * code 1, nothing on standard output, the exact message (file, line, column, the value, what
 * to do) on standard error, and leaves {@code out/} as it was. In the expected messages {@code
 * {f}} stands for the file's path.
 */
class BadInputTest {
  static final Path OUT = Path.of("out");

  @TempDir Path dir;
  private Map<String, String> outBefore;

  @BeforeEach
  void rememberOut() {
    outBefore = OutFolder.snapshot(OUT);
  }

  @AfterEach
  void outIsUnchanged() {
    assertEquals(outBefore, OutFolder.snapshot(OUT), "a failed run must leave out/ as it was");
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        // files
        arguments("empty", "",
            "{f}: is empty; the first line must be a header such as area,force,2023/24"),
        arguments("only blank lines and a BOM", "\uFEFF\r\n\r\n",
            "{f}: is empty; the first line must be a header such as area,force,2023/24"),
        arguments("header only", "area,force,2017\n",
            "{f}: has a header but no rows; add one row per area under the header"),
        arguments("header and empty spreadsheet rows", "area,force,2017\r\n,,\r\n,,\r\n",
            "{f}: has a header but no rows; add one row per area under the header"),
        // header
        arguments("no area column", "area_name,force,2017\nNewport,Gwent,1\n",
            "{f}:1: the header has no \"area\" column; the first line must start area,force followed by one column "
                + "per period, e.g. area,force,2016,2017"),
        arguments("no force column", "area,2017\nNewport,1\n",
            "{f}:1: the header has no \"force\" column; the first line must start area,force followed by one column "
                + "per period, e.g. area,force,2016,2017"),
        arguments("no period columns", "area,force\nNewport,Gwent\n",
            "{f}:1: the header has no period columns; add one column per period, e.g. area,force,2015,2016,2017"),
        arguments("a header that is not a period", "area,force,2017,Q3\nNewport,Gwent,1,2\n",
            "{f}:1:4: column header \"Q3\" is not a period; use a year (2017), a financial year (2023/24 or 2023-24) "
                + "or 12 months to a month (12m to Sep 2018)"),
        arguments("a financial year that does not follow on", "area,force,2017/19\nNewport,Gwent,1\n",
            "{f}:1:3: column header \"2017/19\" is not a period; use a year (2017), a financial year (2023/24 or "
                + "2023-24) or 12 months to a month (12m to Sep 2018)"),
        arguments("a column twice", "area,force,2017,2017\nNewport,Gwent,1,2\n",
            "{f}:1:4: column \"2017\" appears twice in the header; rename or remove one of them"),
        arguments("a name column twice, in another case", "area,force,Force,2017\nNewport,Gwent,Gwent,2\n",
            "{f}:1:3: column \"Force\" appears twice in the header; rename or remove one of them"),
        arguments("a period twice, written two ways", "area,force,2023/24,2023-24\nNewport,Gwent,1,2\n",
            "{f}:1:4: period 2023-24 appears twice in the header (also column 3, \"2023/24\"); keep one column per "
                + "period"),
        arguments("a calendar year twice, written two ways", "area,force,2017,12 months to December 2017\nNewport,Gwent,1,2\n",
            "{f}:1:4: period 12 months to December 2017 appears twice in the header (also column 3, \"2017\"); keep "
                + "one column per period"),
        arguments("periods out of order", "area,force,2017,2016\nNewport,Gwent,1,2\n",
            "{f}:1:4: period 2016 comes after 2017 in the header; put the period columns in time order, earliest first"),
        arguments("an empty header cell from a trailing comma", "area,force,2017,\nNewport,Gwent,1,\n",
            "{f}:1:4: column 4 has no name in the header; name it, or delete the column (an empty column often comes "
                + "from a stray comma at the end of a line)"),
        // rows
        arguments("too few cells", "area,force,2016,2017\nNewport,Gwent,1\n",
            "{f}:2:4: has 3 cells where the header has 4 (no cell for \"2017\"); every row needs one cell per column: "
                + "check for a missing or extra comma"),
        arguments("too many cells: a thousands separator without quotes", "area,force,2017\nNewport,Gwent,1,030\n",
            "{f}:2:4: has 4 cells where the header has 3 (an extra cell holds \"030\"); every row needs one cell per "
                + "column: check for a missing or extra comma; write a number with a thousands separator in quotes "
                + "(\"1,030\") or without the comma"),
        arguments("an unclosed quote", "area,force,2017\n\"Newport,Gwent,1\nTorfaen,Gwent,2\n",
            "{f}:2: a quote (\") opened on this line is never closed; close the quote or remove it"),
        arguments("a quote closed on a later line", "area,force,2017\nNewport,\"Gwent,1\nTorfaen\",Gwent,2\n",
            "{f}:2:4: has 4 cells where the header has 3 (an extra cell holds \"2\"); a cell on this row runs over "
                + "several lines: check for a quote (\") that is not closed where it should be"),
        arguments("text after a closing quote", "area,force,2017\n\"Newport\"x,Gwent,1\n",
            "{f}:2: a quoted cell has text after its closing quote; quote the whole cell (\"Bristol, City of\") or "
                + "remove the quotes"),
        arguments("an empty area name", "area,force,2017\n,Gwent,1\n",
            "{f}:2:1: the area name is empty; fill it in or remove the row"),
        arguments("an empty force name", "area,force,2017\nNewport,,1\n",
            "{f}:2:2: the force name is empty for Newport; fill in the police force that covers the area"),
        arguments("a line break in an area name", "area,force,2017\n\"New\nport\",Gwent,1\n",
            "{f}:2:1: the area name \"New\\nport\" holds a line break; remove it (a line break inside a name often comes "
                + "from a quote (\") that is not closed)"),
        arguments("a number for an area name", "area,force,2017\n-1,Gwent,5\n",
            "{f}:2:1: the area name \"-1\" has no letters; names are words: check that the row's cells are in the "
                + "order of the header"),
        arguments("the same area twice", "area,force,2017\nNewport,Gwent,1\nNewport,Gwent,2\n",
            "{f}:3:3: area \"Newport\" already has a 2017 figure for Stalking and harassment on line 2; keep one row "
                + "per area and offence"),
        // issue 14: two spellings of one name are an error of their own, whatever the figures
        arguments("the same area twice, in another case", "area,force,2017\nNewport,Gwent,1\nNEWPORT,Gwent,2\n",
            "{f}:3:1: area \"NEWPORT\" differs from \"Newport\" on line 2 only in case or accents; spell the area the "
                + "same way on every row, or give the two areas names that differ"),
        arguments("an area under two forces", "area,force,2017\nNewport,Gwent,1\nNewport,Dyfed-Powys,2\n",
            "{f}:3:2: area \"Newport\" is listed under Dyfed-Powys here and under Gwent on line 2; an area belongs to "
                + "one force: correct one of the rows"),
        // cells
        arguments("a letter O for a zero", "area,force,2017\nNewport,Gwent,1O3\n",
            "{f}:2:3: column \"2017\" holds \"1O3\", not a whole number; correct the cell, or use [x] if the figure "
                + "is not available"),
        arguments("a negative count", "area,force,2017\nNewport,Gwent,-4\n",
            "{f}:2:3: column \"2017\" holds \"-4\", a negative count; a count of offences is 0 or more: correct the "
                + "cell, or use [x] if it is not available"),
        arguments("a decimal", "area,force,2017\nNewport,Gwent,4.5\n",
            "{f}:2:3: column \"2017\" holds \"4.5\", not a whole number; correct the cell, or use [x] if the figure is "
                + "not available"),
        arguments("a full stop between thousands", "area,force,2017\nNewport,Gwent,1.100\n",
            "{f}:2:3: column \"2017\" holds \"1.100\", not a whole number (if the full stop separates thousands, write "
                + "1100 or \"1,100\"); correct the cell, or use [x] if the figure is not available"),
        arguments("more than any plausible count", "area,force,2017\nNewport,Gwent,99999999999\n",
            "{f}:2:3: column \"2017\" holds \"99999999999\", more offences than police record in England and Wales in "
                + "a year; check the cell for extra digits"),
        arguments("more digits than a long holds", "area,force,2017\nNewport,Gwent,99999999999999999999999\n",
            "{f}:2:3: column \"2017\" holds \"99999999999999999999999\", more offences than police record in England "
                + "and Wales in a year; check the cell for extra digits"),
        arguments("a misplaced thousands separator", "area,force,2017\nNewport,Gwent,\"1,03\"\n",
            "{f}:2:3: column \"2017\" holds \"1,03\", a number with misplaced thousands separators; correct the cell, "
                + "or use [x] if the figure is not available"),
        arguments("a bad population", "area,force,population,2017\nNewport,Gwent,lots,3\n",
            "{f}:2:3: column \"population\" holds \"lots\", not a whole number; correct the cell, or use [x] if the "
                + "figure is not available"),
        // several rows at once
        arguments("three bad rows, reported together",
            "area,force,2016,2017\nNewport,Gwent,1O3,4\nTorfaen,Gwent,5\n,Gwent,1,2\nCaerphilly,Gwent,-1,2.5\n",
            "{f}:2:3: column \"2016\" holds \"1O3\", not a whole number; correct the cell, or use [x] if the figure is "
                + "not available\n"
                + "{f}:3:4: has 3 cells where the header has 4 (no cell for \"2017\"); every row needs one cell per "
                + "column: check for a missing or extra comma\n"
                + "{f}:4:1: the area name is empty; fill it in or remove the row\n"
                + "{f}:5:3: column \"2016\" holds \"-1\", a negative count; a count of offences is 0 or more: correct "
                + "the cell, or use [x] if it is not available\n"
                + "{f}:5:4: column \"2017\" holds \"2.5\", not a whole number; correct the cell, or use [x] if the "
                + "figure is not available"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aBadWideCsvIsExitOneWithWhereWhatAndWhatToDo(String name, String content, String expected) throws IOException {
    Path file = write("figures.csv", content);
    assertRefused(expected.replace("{f}", file.toString()), "story", "--data", file.toString(), "--area", "Newport");
  }

  @Test
  void twentyProblemsAreShownAndTheRestCounted() throws IOException {
    String rows = IntStream.rangeClosed(1, 25).mapToObj(i -> "Area " + i + ",Gwent,x" + i + "\n")
        .collect(Collectors.joining());
    Path file = write("figures.csv", "area,force,2017\n" + rows);
    Cli r = Cli.run("areas", "--data", file.toString());
    assertEquals(1, r.exit());
    String[] lines = r.err().split("\n");
    assertEquals(21, lines.length, r.err());
    assertEquals("localwire: " + file + ":2:3: column \"2017\" holds \"x1\", not a whole number; correct the cell, or "
        + "use [x] if the figure is not available", lines[0]);
    assertEquals("localwire: " + file + ":21:3: column \"2017\" holds \"x20\", not a whole number; correct the cell, "
        + "or use [x] if the figure is not available", lines[19]);
    assertEquals("localwire: " + file + ": 5 more problems not shown; fix the ones above and run again", lines[20]);
  }

  @Test
  void aMissingFile() {
    Path file = dir.resolve("nope.csv");
    assertRefused(file + ": no such file; check the path and the file name", "story", "--data", file.toString(),
        "--area", "Newport");
  }

  @Test
  void aFolder() {
    assertRefused(dir + ": is a folder, not a CSV file; give the path of a .csv file inside it", "story", "--data",
        dir.toString(), "--area", "Newport");
  }

  @Test
  void anUnreadableFile() throws IOException {
    Path file = write("figures.csv", "area,force,2017\nNewport,Gwent,1\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    // root reads any file whatever its permissions; CsvFilesTest covers the message there
    assumeFalse(Files.isReadable(file), "running as root: the file stays readable");
    assertRefused(file + ": cannot be read (permission denied); check the file's permissions", "story", "--data",
        file.toString(), "--area", "Newport");
  }

  @Test
  void notUtf8NamesTheCellAndTheEncodingToSaveAs() throws IOException {
    Path file = dir.resolve("figures.csv");
    Files.write(file, "area,force,2017\r\nYnys M\u00f4n,North Wales,3\r\n".getBytes(StandardCharsets.ISO_8859_1));
    assertRefused(file + ":2:1: the file is not UTF-8 text: the cell \"Ynys M?n\" holds byte 0xF4, so it was probably "
        + "saved as Windows-1252 or Latin-1; save it as \"CSV UTF-8 (comma delimited)\" and try again",
        "story", "--data", file.toString(), "--area", "Ynys Môn");
  }

  @Test
  void utf16SaysSo() throws IOException {
    Path file = dir.resolve("figures.csv");
    Files.write(file, "\uFEFFarea,force,2017\r\nNewport,Gwent,3\r\n".getBytes(StandardCharsets.UTF_16LE));
    assertRefused(file + ": is UTF-16 text (Excel's \"Unicode Text\"), not UTF-8; save it as \"CSV UTF-8 (comma "
        + "delimited)\" and try again", "story", "--data", file.toString(), "--area", "Newport");
  }

  @Test
  void anExcelWorkbookSaysSo() throws IOException {
    Path file = dir.resolve("figures.csv");
    Files.write(file, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0});
    assertRefused(file + ": is a zip file (an Excel .xlsx workbook?), not CSV text; open it in Excel and save it as "
        + "\"CSV UTF-8 (comma delimited)\" and try again", "story", "--data", file.toString(), "--area", "Newport");
  }

  @Test
  void anOldExcelWorkbookSaysSo() throws IOException {
    Path file = dir.resolve("figures.csv");
    Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
    assertRefused(file + ": is an old Excel .xls workbook (or another Office file), not CSV text; open it in Excel "
        + "and save it as \"CSV UTF-8 (comma delimited)\" and try again", "story", "--data", file.toString(), "--area",
        "Newport");
  }

  @Test
  void aBinaryFileSaysSo() throws IOException {
    Path file = dir.resolve("figures.csv");
    byte[] bytes = new byte[64];
    Arrays.fill(bytes, (byte) 'a');
    bytes[0] = (byte) 0x89;
    bytes[1] = 'P';
    bytes[20] = '\n';
    bytes[40] = 0;
    Files.write(file, bytes);
    assertRefused(file + ":2: is a binary file, not CSV text (it holds a zero byte); give a .csv file; save it as "
        + "\"CSV UTF-8 (comma delimited)\" and try again", "story", "--data", file.toString(), "--area", "Newport");
  }

  @Test
  void aSpreadsheetSavedByHandWithATypo() throws IOException {
    // what Excel writes for "CSV UTF-8": a BOM, CRLF, quoted thousands, empty rows under the data
    Path file = write("gwent.csv", "\uFEFFarea,force,2016,2017\r\nNewport,Gwent,\"1,016\",\"1,030\"\r\n"
        + "Torfaen,Gwent,612,64O\r\nCaerphilly,Gwent,\"1,017\",\"1,100\"\r\n,,,\r\n,,,\r\n");
    assertRefused(file + ":3:4: column \"2017\" holds \"64O\", not a whole number; correct the cell, or use [x] if the "
        + "figure is not available", "story", "--data", file.toString(), "--area", "Newport");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[x]", "[c]", "..", "*", "[z]", "-"})
  void aSuppressedFigureForTheAreaIsMissingNeverZero(String marker) throws IOException {
    Path file = write("figures.csv", "area,force,2016,2017\nNewport,Gwent,10," + marker + "\nTorfaen,Gwent,5,6\n");
    assertRefused(file + ":2:4: the stalking and harassment figure for Newport in 2017 is not published (the cell "
        + "holds " + marker + "); no story can be written without it: choose another period, or fill in the figure if "
        + "you have it", "story", "--data", file.toString(), "--area", "Newport");
  }

  @Test
  void anEmptyCellIsMissingNeverZero() throws IOException {
    Path file = write("figures.csv", "area,force,2016,2017\nNewport,Gwent,10,\nTorfaen,Gwent,5,6\n");
    assertRefused(file + ":2:4: the stalking and harassment figure for Newport in 2017 is not published (the cell is "
        + "empty); no story can be written without it: choose another period, or fill in the figure if you have it",
        "story", "--data", file.toString(), "--area", "Newport");
  }

  @Test
  void aStoryWhoseNeighboursFigureIsSuppressedIsWrittenWithoutTheRankItWouldNeed() throws IOException {
    // issue 14: one missing cell costs only what needs it, not the story (was an error, issue 5)
    Path file = write("figures.csv", "area,force,2016,2017\nNewport,Gwent,10,12\nTorfaen,Gwent,5,[x]\n");
    Cli r = Cli.run("story", "--data", file.toString(), "--area", "Newport");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("cannot be given, because the figure for Torfaen is not published."), r.out());
  }

  @Test
  void aForceThatRecordedNothingStillHasAStoryThatSaysSo_issue19() throws IOException {
    Path file = write("figures.csv", "area,force,2017\nNewport,Gwent,0\nTorfaen,Gwent,0\n");
    Cli run = Cli.run("story", "--data", file.toString(), "--area", "Newport");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("No stalking and harassment offences recorded in Newport in 2017\n"), run.out());
    assertTrue(run.out().contains("None were recorded anywhere in the Gwent police force area in the data."), run.out());
    assertFalse(run.out().contains("zero"), run.out());
    assertFalse(run.out().contains("0.0"), run.out());
    assertFalse(run.out().contains("0%"), run.out());
  }

  // ----- Table C2 as published

  static final String C2_HEADER = "row_type,pfa_code,pfa_name,csp_code,csp_name,la_code,la_name,"
      + "Total recorded crime (excluding fraud),Stalking and harassment\n";

  static Stream<Arguments> badTablesC2() {
    return Stream.of(
        arguments("header only", C2_HEADER,
            "{f}: has no csp_la rows, so no areas; add one csp_la row per Community Safety Partnership area under the "
                + "header"),
        arguments("an empty force", C2_HEADER + "csp_la,W15000002,,W14000022,Newport,W06000022,Newport,100,5\n",
            "{f}:2:3: the force name (pfa_name) is empty; fill in the police force that covers the row"),
        arguments("an area twice", C2_HEADER + "csp_la,W15000002,Gwent,W14000022,Newport,W06000022,Newport,100,5\n"
                + "csp_la,W15000002,Gwent,W14000022,Newport,W06000022,Newport,100,5\n",
            "{f}:3:5: area \"Newport\" is listed twice (also on line 2); keep one row per area"),
        arguments("an area under two forces", C2_HEADER + "csp_la,W15000002,Gwent,W14000022,Newport,W06000022,Newport,100,5\n"
                + "csp_la,W15000003,South Wales,W14000022,Newport,W06000022,Newport,100,5\n",
            "{f}:3:3: area \"Newport\" is listed under South Wales here and under Gwent on line 2; an area belongs to "
                + "one force: correct one of the rows"),
        arguments("a force total twice", C2_HEADER + "force_total,W15000002,Gwent,,,,,100,5\nforce_total,W15000002,Gwent,,,,,100,5\n"
                + "csp_la,W15000002,Gwent,W14000022,Newport,W06000022,Newport,100,5\n",
            "{f}:3:1: a force_total row for Gwent is already on line 2; keep one force_total row per force"),
        arguments("a garbled council code", C2_HEADER + "csp_la,W15000002,Gwent,W14000022,Newport,W0600002,Newport,100,5\n",
            "{f}:2:6: la_code is \"W0600002\", not an ONS area code; use the code as published, a letter and eight "
                + "digits such as W06000022, or Combined Local Authorities, or leave it empty"),
        arguments("an area above its force total", C2_HEADER + "force_total,W15000002,Gwent,,,,,100,5\n"
                + "csp_la,W15000002,Gwent,W14000022,Newport,W06000022,Newport,100,9\n",
            "{f}:3:9: the stalking and harassment figure for Newport, 9, is more than the published Gwent total, 5 "
                + "({f}:2:9); one of the two cells is wrong: check them against the source"),
        arguments("an unknown row type", C2_HEADER + "area,W15000002,Gwent,W14000022,Newport,W06000022,Newport,100,5\n",
            "{f}:2:1: row_type is \"area\"; use csp_la, force_total or unassigned"),
        arguments("an offence not in the tree", C2_HEADER.replace("Stalking and harassment", "Piracy")
                + "csp_la,W15000002,Gwent,W14000022,Newport,W06000022,Newport,100,5\n",
            "{f}:1:9: column \"Piracy\" is not an offence in data/offences.csv; add it to data/offences.csv with its "
                + "parent in the ONS offence tree"),
        arguments("a bad cell", C2_HEADER + "csp_la,W15000002,Gwent,W14000022,Newport,W06000022,Newport,100,5O\n",
            "{f}:2:9: column \"Stalking and harassment\" holds \"5O\", not a whole number; correct the cell, or use [x] "
                + "if the figure is not available"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTablesC2")
  void aBadTableC2IsExitOneWithWhereWhatAndWhatToDo(String name, String content, String expected) throws IOException {
    Path file = write("csp_ye_mar2024_tableC2.csv", content);
    assertRefused(expected.replace("{f}", file.toString()), "story", "--data", file.toString(), "--area", "Newport");
  }

  @Test
  void aTableC2WithoutItsPeriodInTheName() throws IOException {
    Path file = write("tableC2.csv", C2_HEADER + "csp_la,W15000002,Gwent,W14000022,Newport,W06000022,Newport,100,5\n");
    assertRefused(file + ": the file name does not say which 12 months Table C2 covers; add period_start and "
        + "period_end columns (e.g. 2024-07-01,2025-06-30), or name the file with the period's end, e.g. "
        + "csp_offence_group_ye_jun2025_ons_tableC2.csv", "areas", "--data", file.toString());
  }

  @Test
  void issue18AFileWhoseNameAndPeriodColumnsDisagreeIsRefusedNamingBoth() throws IOException {
    Path file = write("csp_ye_jun2024_tableC2.csv", "period_start,period_end," + C2_HEADER
        + "2024-07-01,2025-06-30,csp_la,W15000002,Gwent,W14000022,Newport,W06000022,Newport,100,5\n");
    assertRefused(file + ": the file name says it covers \"12m to Jun 2024\" but its period_start and period_end "
        + "columns give \"12m to Jun 2025\"; correct the dates or rename the file so that both say the same",
        "areas", "--data", file.toString());
  }

  @Test
  void issue18APeriodThatIsNotTwelveWholeMonthsIsRefusedAtItsCell() throws IOException {
    Path file = write("tableC2.csv", "period_start,period_end," + C2_HEADER
        + "2024-07-01,2025-05-31,csp_la,W15000002,Gwent,W14000022,Newport,W06000022,Newport,100,5\n"
        + "2024-07-02,2025-06-30,csp_la,W15000002,Gwent,W14000021,Monmouthshire,W06000021,Monmouthshire,100,5\n"
        + "2024-07-01,30/06/2025,csp_la,W15000002,Gwent,W14000020,Torfaen,W06000020,Torfaen,100,5\n");
    assertRefused(file + ":2:1: the period 2024-07-01 to 2025-05-31 is not 12 months long; each row of the council "
        + "table covers 12 months\n"
        + file + ":3:1: the period 2024-07-02 to 2025-06-30 is not a run of whole months; period_start is the first "
        + "day of a month, period_end the last day of a later one\n"
        + file + ":4:2: period_end is \"30/06/2025\", not a date; write the date as YYYY-MM-DD, e.g. 2024-07-01",
        "areas", "--data", file.toString());
  }

  private void assertRefused(String expected, String... args) {
    Cli r = Cli.run(args);
    assertEquals(Arrays.stream(expected.split("\n")).map(l -> "localwire: " + l + "\n").collect(Collectors.joining()),
        r.err());
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().lines().allMatch(l -> l.startsWith("localwire: ")), r.err());
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
