package org.localwire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localwire.model.Area;
import org.localwire.model.Dataset;
import org.localwire.model.InputException;
import org.localwire.model.Place;
import org.localwire.model.Population;

class DataLoaderTest {
  static final DataLoader LOADER = DataLoader.using(Path.of("data"));

  @TempDir Path dir;

  static Dataset bundled() throws InputException {
    return LOADER.load(LOADER.defaultFile(), DataLoader.DEFAULT_OFFENCE);
  }

  @Test
  void readsTableC2AsPublished() throws Exception {
    Dataset data = bundled();
    assertEquals(315, data.areas().size());
    assertEquals(43, data.forces().size());
    assertEquals(23, data.offences().size(), "total recorded crime and 22 offence columns");
    assertEquals("12m to Jun 2025", data.latestPeriod().label());
    assertEquals(365, data.latestPeriod().days());
    assertEquals("[]", data.warnings().toString(), "areas plus unassigned add up to every force total");
    Area newport = data.area("Newport").orElseThrow();
    assertEquals("Gwent", newport.force());
    var figure = data.figure(Place.area(newport), "Stalking and harassment", data.latestPeriod()).orElseThrow();
    assertEquals(2141, figure.count());
    assertEquals("data/csp_offence_group_ye_jun2025_ons_tableC2.csv:120:16", figure.cell().toString());
    assertEquals(8022, data.figure(Place.forceTotal("Gwent"), "Stalking and harassment", data.latestPeriod())
        .orElseThrow().count());
    assertEquals(5, data.areasIn("Gwent").size());
    assertTrue(data.area("Unassigned Gwent").isEmpty(), "unassigned rows are not areas");
    assertTrue(data.forces().contains("Humberside"), "the [note 4] marker is dropped");
  }

  @Test
  void suppressedCellsAreMissingNeverZero() throws Exception {
    var surrey = bundled().figure(Place.unassigned("Surrey"), "Stalking and harassment", bundled().latestPeriod());
    assertTrue(surrey.orElseThrow().isMissing());
  }

  @Test
  void populationsComeFromCouncilsAndCombinedPartnerships() throws Exception {
    Dataset data = bundled();
    // the year to June 2025: the mid-2023 estimate, the latest there is (issue 18)
    assertEquals(new Population.Known(163628, "ONS mid-2023 population estimates, the latest available",
        java.util.List.of(new org.localwire.model.Cell("data/population_la_mid2011_2023_ons_mye4.csv", 358, 4))),
        data.area("Newport").orElseThrow().population());
    // Cwm Taf = Rhondda Cynon Taf + Merthyr Tydfil, by the ONS lookup
    var cwmTaf = assertInstanceOf(Population.Known.class, data.area("Cwm Taf").orElseThrow().population());
    assertEquals(2, cwmTaf.cells().size());
    var airport = assertInstanceOf(Population.Unknown.class, data.area("Manchester Airport").orElseThrow().population());
    assertEquals("Manchester Airport is not a local authority area, so it has no resident population estimate",
        airport.reason());
    // the mid-2023 estimates are on April 2023 boundaries: Somerset is one council
    var somerset = assertInstanceOf(Population.Known.class, data.area("Somerset").orElseThrow().population());
    assertEquals(581145, somerset.people());
  }

  @Test
  void aCouncilThatCoversSeveralPartnershipsGivesNoneOfThemItsPopulation() throws Exception {
    // Table C2 lists Bournemouth and Poole with the la_code of Bournemouth, Christchurch and Poole
    // (400,109 people): giving each the whole council's population made Poole's rate 2.8 per 1,000
    Dataset data = bundled();
    var poole = assertInstanceOf(Population.Unknown.class, data.area("Poole").orElseThrow().population());
    assertEquals("the ONS mid-2023 population estimates give one figure for Bournemouth,"
        + " Christchurch and Poole (E06000058), a council split between the Bournemouth, Poole and Dorset partnerships,"
        + " so there is none for Poole alone", poole.reason());
    var kettering = assertInstanceOf(Population.Unknown.class, data.area("Kettering").orElseThrow().population());
    assertTrue(kettering.reason().endsWith("a council split between the Corby, East Northamptonshire,"
        + " Kettering and Wellingborough partnerships, so there is none for Kettering alone"), kettering.reason());
    for (String area : java.util.List.of("Bournemouth", "Northampton", "Waveney", "Suffolk Coastal", "Wycombe")) {
      assertInstanceOf(Population.Unknown.class, data.area(area).orElseThrow().population(), area);
    }
    // the Dorset partnership includes Christchurch, part of that council since 2019: no rate, not a guess
    assertInstanceOf(Population.Unknown.class, data.area("Dorset").orElseThrow().population());
    // a council that is its own partnership keeps its population
    assertInstanceOf(Population.Known.class, data.area("Cardiff").orElseThrow().population());
  }

  @Test
  void readsAWideCsvWithBomCrlfAndQuotedNames() throws Exception {
    Path file = write("\uFEFFarea,force,2015,2016,2017\r\n\"Bristol, City of\",Avon,1,\"1,030\",[x]\r\nYnys Môn,North Wales,0,2,3\r\n");
    Dataset data = LOADER.load(file, "Stalking and harassment");
    assertEquals(3, data.periods().size());
    Area bristol = data.area("Bristol, City of").orElseThrow();
    assertEquals(1030, data.figure(Place.area(bristol), "Stalking and harassment", data.periods().get(1))
        .orElseThrow().count());
    assertTrue(data.figure(Place.area(bristol), "Stalking and harassment", data.periods().get(2))
        .orElseThrow().isMissing());
    assertTrue(data.area("Ynys Môn").isPresent());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      area,force,2017\\nNewport,Gwent,1O3           | :2:3: column "2017" holds "1O3", not a whole number; correct the cell, or use [x] if the figure is not available
      area,force,2017\\nNewport,Gwent,-4            | :2:3: column "2017" holds "-4", a negative count; a count of offences is 0 or more: correct the cell, or use [x] if it is not available
      area,force,2017\\nNewport,Gwent,4.5           | :2:3: column "2017" holds "4.5", not a whole number; correct the cell, or use [x] if the figure is not available
      area,force,2017\\nNewport,Gwent,"1,03"        | :2:3: column "2017" holds "1,03", a number with misplaced thousands separators; correct the cell, or use [x] if the figure is not available
      area,force,2017\\nNewport,Gwent,999999999999  | :2:3: column "2017" holds "999999999999", more offences than police record in England and Wales in a year; check the cell for extra digits
      area,2017\\nNewport,1                         | :1: the header has no "force" column; the first line must start area,force followed by one column per period, e.g. area,force,2016,2017
      area,force\\nNewport,Gwent                    | :1: the header has no period columns; add one column per period, e.g. area,force,2015,2016,2017
      area,force,2017,Q3\\nNewport,Gwent,1,2        | :1:4: column header "Q3" is not a period; use a year (2017), a financial year (2023/24 or 2023-24) or 12 months to a month (12m to Sep 2018)
      area,force,2017,2016\\nNewport,Gwent,1,2      | :1:4: period 2016 comes after 2017 in the header; put the period columns in time order, earliest first
      area,force,2017\\nNewport,Gwent\\n            | :2:3: has 2 cells where the header has 3 (no cell for "2017"); every row needs one cell per column: check for a missing or extra comma
      area,force,2017\\nNewport,Gwent,1\\nNewport,Gwent,2 | :3:3: area "Newport" already has a 2017 figure for Stalking and harassment on line 2; keep one row per area and offence
      area,force,2017\\nNewport,Gwent,1\\nNewport,Dyfed,2 | :3:2: area "Newport" is listed under Dyfed here and under Gwent on line 2; an area belongs to one force: correct one of the rows
      area,force,2017\\n,Gwent,1                    | :2:1: the area name is empty; fill it in or remove the row
      area,force,2017                               | : has a header but no rows; add one row per area under the header
      area,force,2017\\n"Newport,Gwent,1\\n         | :2: a quote (") opened on this line is never closed; close the quote or remove it
      """)
  void badCellsNameFileLineColumnAndWhatToDo(String content, String expected) throws IOException {
    Path file = write(content.replace("\\n", "\n"));
    InputException e = assertThrows(InputException.class, () -> LOADER.load(file, "Stalking and harassment"));
    assertEquals(file + expected, e.getMessage());
  }

  @Test
  void notUtf8SaysWhichEncodingToSaveAs() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "area,force,2017\nYnys M\u00f4n,North Wales,3\n".getBytes(StandardCharsets.ISO_8859_1));
    InputException e = assertThrows(InputException.class, () -> LOADER.load(file, "Stalking and harassment"));
    assertEquals(file + ":2:1: the file is not UTF-8 text: the cell \"Ynys M?n\" holds byte 0xF4, so it was probably "
        + "saved as Windows-1252 or Latin-1; save it as \"CSV UTF-8 (comma delimited)\" and try again", e.getMessage());
  }

  private Path write(String content) throws IOException {
    Path file = dir.resolve("figures.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
