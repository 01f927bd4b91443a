package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 5: files that look odd but are valid give correct stories through the CLI: a UTF-8 BOM,
 * CRLF line endings, empty spreadsheet rows under the data, quoted thousands, names with
 * apostrophes, accents and Welsh letters, a zero in the base year, a force of one area, all
 * counts equal, a suppressed earlier year.
 */
class OddButValidTest {
  /** As Excel writes "CSV UTF-8": BOM, CRLF, "1,030" quoted, empty rows at the end. */
  static final String EXCEL = "\uFEFFarea,force,2016,2017\r\n"
      + "Ynys Môn,North Wales,700,\"1,030\"\r\n"
      + "Conwy,North Wales,650,640\r\n"
      + "Rhondda Cynon Taf,South Wales,900,930\r\n"
      + "Merthyr Tydfil,South Wales,301,310\r\n"
      + "\"King's Lynn and West Norfolk\",Norfolk,400,420\r\n"
      + "Norwich,norfolk,500,480\r\n"
      + "Bro Morgannwg,Heddlu De Cymru,0,7\r\n"
      + ",,,\r\n,,,\r\n";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ynys Môn        | Recorded stalking and harassment offences rise by 47% in Ynys Môn
      Ynys Môn        | Recorded stalking and harassment offences in Ynys Môn rose by 47% in a year, from 700 in 2016 to 1,030 in 2017.
      Ynys Môn        | The total was the highest of the two areas in the North Wales police force area in the data. Across them police recorded 1,670 such offences.
      Ynys Môn        | On average, police there recorded almost three offences a day over the year.
      Rhondda Cynon Taf | Of the two areas in the South Wales police force area in the data, Rhondda Cynon Taf had the highest number.
      Rhondda Cynon Taf | Compared with the 900 recorded in 2016, the figure in 2017 is up 3%.
      King's Lynn and West Norfolk | Of the two areas in the Norfolk police force area in the data, King's Lynn and West Norfolk had the lowest number, while Norwich had the most, 480.
      Bro Morgannwg   | Police in Bro Morgannwg record seven stalking and harassment offences in 2017
      Bro Morgannwg   | Police recorded none in 2016, against seven in 2017.
      Bro Morgannwg   | Bro Morgannwg is the only area in the Heddlu De Cymru police force area.
      """)
  void aSpreadsheetSavedFromExcelGivesCorrectStories(String area, String paragraph) throws IOException {
    Path file = write(EXCEL);
    Cli r = Cli.run("story", "--data", file.toString(), "--area", area);
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().lines().anyMatch(paragraph::equals), r.out());
  }

  @Test
  void theAreasKeepTheirNamesAndOneSpellingOfEachForce() throws IOException {
    Cli r = Cli.run("areas", "--data", write(EXCEL).toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("Ynys Môn\tNorth Wales\nConwy\tNorth Wales\nRhondda Cynon Taf\tSouth Wales\n"
        + "Merthyr Tydfil\tSouth Wales\nKing's Lynn and West Norfolk\tNorfolk\nNorwich\tNorfolk\n"
        + "Bro Morgannwg\tHeddlu De Cymru\n", r.out());
  }

  @Test
  void aNameSavedInDecomposedUnicodeIsTheSameArea() throws IOException {
    // macOS tools may write "ô" as "o" and a combining circumflex
    Path file = write("area,force,2017\nYnys Mo\u0302n,North Wales,5\nConwy,North Wales,4\n");
    Cli r = Cli.run("story", "--data", file.toString(), "--area", "Ynys Môn");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Police in Ynys Môn recorded five stalking and harassment offences in 2017"), r.out());
  }

  @Test
  void allCountsEqualAreJointAndUnchanged() throws IOException {
    Path file = write("area,force,2016,2017\nAlpha,Westmoor,100,100\nBeta,Westmoor,100,100\nGamma,Westmoor,100,100\n");
    Cli r = Cli.run("story", "--data", file.toString(), "--area", "Beta");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Beta joint highest for stalking and harassment offences in Westmoor\n"), r.out());
    assertTrue(r.out().contains("\nPolice recorded the same number, 100, in 2016 as in 2017.\n"), r.out());
    assertFalse(r.out().contains("biggest"), r.out());
  }

  @Test
  void aSuppressedEarlierYearIsSaidAndNeverReadAsZero() throws IOException {
    Path file = write("area,force,2015,2016,2017\nNewport,Gwent,496,[x],1030\nTorfaen,Gwent,281,300,640\n");
    Cli r = Cli.run("story", "--data", file.toString(), "--area", "Newport");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\nNo figure was published for Newport for 2016.\n"), r.out());
    assertTrue(r.out().contains("from 496 in 2015 to 1,030 in 2017"), r.out());
    assertFalse(r.out().contains("none"), r.out());
    assertFalse(r.out().contains("zero"), r.out());
  }

  @Test
  void aNeighbourWithoutABaseYearMeansNoClaimOfTheBiggestRise() throws IOException {
    // year on year (issue 18): Torfaen has no 2016 figure, so nothing says Newport's rise is the biggest
    Path file = write("area,force,2015,2016,2017\nNewport,Gwent,100,150,300\nTorfaen,Gwent,40,..,60\n");
    Cli r = Cli.run("story", "--data", file.toString(), "--area", "Newport");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.out().contains("biggest rise"), r.out());
    assertFalse(r.out().contains("No other area"), r.out());
    assertTrue(r.out().startsWith("Stalking and harassment offences in Newport have doubled since 2016\n"), r.out());
  }

  private Path write(String content) throws IOException {
    Path file = dir.resolve("figures.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
