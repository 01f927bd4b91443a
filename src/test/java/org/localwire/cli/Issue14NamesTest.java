package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14, "names are checked like numbers": invisible characters, look-alikes, length, colons. */
class Issue14NamesTest {
  @TempDir Path dir;

  Path wide(String rows) throws IOException {
    return Files.writeString(dir.resolve("figures.csv"), "area,force,2016,2017\n" + rows, StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "zero-width space | 200B | 4 | an invisible formatting character",
      "zero-width joiner | 200D | 4 | an invisible formatting character",
      "right-to-left override | 202E | 4 | an invisible formatting character",
      "left-to-right isolate | 2066 | 4 | an invisible formatting character",
      "byte-order mark inside | FEFF | 4 | an invisible formatting character",
      "private use | E000 | 4 | a character that does not print",
  })
  void anInvisibleCharacterInANameIsRefusedWithItsCell(String what, String hex, int at, String kind) throws IOException {
    String c = new String(Character.toChars(Integer.parseInt(hex, 16)));
    Path file = wide("Torfaen,Gwent,1,2\nNew" + c + "port,Gwent,10,12\nNewport,Gwent,5,7\n");
    Cli r = Cli.run("areas", "--data", file.toString());
    assertEquals(1, r.exit(), what);
    assertEquals("localwire: " + file + ":3:1: the area name \"New<U+" + hex + ">port\" holds " + kind + " (U+" + hex
        + ", character " + at + "), so two names could look alike and be different; retype the name, or delete the "
        + "character (copying from a web page or PDF often brings them)\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void anInvisibleCharacterInAForceNameIsRefusedToo() throws IOException {
    Path file = wide("Newport,Gw\u200Bent,10,12\n");
    Cli r = Cli.run("areas", "--data", file.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("localwire: " + file + ":2:2: the force name \"Gw<U+200B>ent\" holds an invisible"),
        r.err());
  }

  @Test
  void namesThatDifferOnlyInAccentsOrCaseWithinAForceAreAnError() throws IOException {
    Path file = wide("Ynys M\u00f4n,North Wales,10,12\nYNYS MON,North Wales,5,7\n");
    Cli r = Cli.run("areas", "--data", file.toString());
    assertEquals(1, r.exit());
    assertEquals("localwire: " + file + ":3:1: area \"YNYS MON\" differs from \"Ynys M\u00f4n\" on line 2 only in case "
        + "or accents; spell the area the same way on every row, or give the two areas names that differ\n", r.err());
  }

  @Test
  void aDecomposedAccentIsTheSameNameAsTheComposedOne() throws IOException {
    // NFC: "Môn" typed on a Mac (o + combining circumflex) is "Môn"
    Path file = wide("Ynys Mo\u0302n,North Wales,10,12\nConwy,North Wales,5,7\n");
    Cli r = Cli.run("areas", "--data", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Ynys M\u00f4n\tNorth Wales"), r.out());
  }

  @Test
  void aTableC2AreaListedTwiceUnderAccentsIsAnError() throws IOException {
    Path file = dir.resolve("csp_offence_group_ye_jun2025_ons_tableC2.csv");
    List<String> lines = Files.readAllLines(Path.of("data/csp_offence_group_ye_jun2025_ons_tableC2.csv"));
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      sb.append(line.replace(",Torfaen,W06000020,Torfaen,", ",T\u00f6rfaen,W06000020,Torfaen,")
          .replace(",Newport,W06000022,Newport,", ",TORFAEN,W06000022,Newport,")).append('\n');
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    Cli r = Cli.run("areas", "--data", file.toString());
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.err().contains(":121:7: area \"T\u00f6rfaen\" is listed twice (also on line 120)"), r.err());
  }

  @Test
  void aNameLongerThanTwoHundredCharactersIsRefusedWithoutEchoingIt() throws IOException {
    String name = "A".repeat(100_000);
    Path file = wide(name + ",Gwent,1,2\n");
    Cli r = Cli.run("areas", "--data", file.toString());
    assertEquals(1, r.exit());
    assertEquals("localwire: " + file + ":2:1: the area name is 100000 characters long (\"" + "A".repeat(40)
        + "...\"); a name has at most 200 characters; check that the cell holds the name alone (a quote (\") that is "
        + "not closed joins cells)\n", r.err());
  }

  @Test
  void aColonInAnAreaNameDoesNotCutASentence() throws IOException {
    Path file = wide("Foo: Bar,Gwent,10,12\nBaz,Gwent,5,7\n");
    Cli r = Cli.run("story", "--area", "Foo: Bar", "--data", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("No rate per head of population can be given for Foo: Bar: the data gives no "
        + "population."), r.out());
    assertFalse(r.out().contains("Bar: Bar"), r.out());
  }
}
