package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.localwire.load.DataLoader;
import org.localwire.model.OffenceCopies;
import org.localwire.model.OffenceCopy;

/** Issue 17: every offence group is a story of its own, with its own copy or none, never stalking's. */
class Issue17OffencesTest {
  static final List<String> STALKING_ONLY = List.of("National Stalking Helpline", "malicious communications",
      "someone's repeated contact", "messages, calls and sightings", "daily life has been disrupted");

  @ParameterizedTest
  @ValueSource(strings = {"Total recorded crime (excluding fraud)", "Violence with injury", "Violence without injury",
      "Sexual offences", "Robbery", "Residential burglary", "Vehicle offences", "Theft from the person", "Bicycle theft",
      "Shoplifting", "Criminal damage and arson", "Drug offences", "Possession of weapons offences",
      "Public order offences", "Homicide"})
  void aDraftAboutAnotherOffenceCarriesNothingOfStalking(String offence) {
    Cli r = Cli.run("story", "--area", "Newport", "--offence", offence);
    assertEquals(0, r.exit(), r.err());
    for (String words : STALKING_ONLY) {
      assertFalse(r.out().contains(words), offence + " draft says \"" + words + "\":\n" + r.out());
    }
    assertTrue(r.out().contains("To report a crime call police on 101, or 999 in an emergency."), r.out());
  }

  @Test
  void eachOffenceHasItsOwnContextAndHelplines() {
    Cli sexual = Cli.run("story", "--area", "Newport", "--offence", "Sexual offences");
    assertTrue(sexual.out().contains("rape and other sexual offences"), sexual.out());
    assertTrue(sexual.out().contains("247sexualabusesupport.org.uk"), sexual.out());
    Cli weapons = Cli.run("story", "--area", "Newport", "--offence", "Possession of weapons offences");
    assertTrue(weapons.out().contains("Crimestoppers on 0800 555 111"), weapons.out());
    assertFalse(weapons.out().contains("Victim Support"), weapons.out());
    Cli robbery = Cli.run("story", "--area", "Newport", "--offence", "Robbery");
    assertTrue(robbery.out().contains("robberies"), robbery.out());
    assertFalse(robbery.out().contains("robbery offences"), robbery.out());
    Cli stalking = Cli.run("story", "--area", "Newport");
    assertTrue(stalking.out().contains("National Stalking Helpline on 0808 802 0300"), stalking.out());
  }

  @Test
  void anOffenceWithNoCopyFileGetsAPlainerDraftAndAWarningNamingTheFile() {
    Cli r = Cli.run("story", "--area", "Newport", "--offence", "Miscellaneous crimes against society");
    assertEquals(0, r.exit(), r.err());
    assertEquals("localwire: warning: data/offences/miscellaneous-crimes-against-society.json: no copy for "
        + "Miscellaneous crimes against society, so its drafts have no "
        + "context paragraph and only the general helplines; add the file (see data/offences/README.md)\n", r.err());
    assertTrue(r.out().contains("Anyone affected by crime can call Victim Support on 0808 16 89 111."), r.out());
  }

  @Test
  void aTypoInTheOffenceSuggestsTheRightOne() {
    Cli r = Cli.run("story", "--area", "Newport", "--offence", "Shopliftin");
    assertEquals(1, r.exit());
    assertEquals("localwire: --offence: the data has no figures for \"Shopliftin\"; did you mean Shoplifting?\n",
        r.err());
  }

  /** The offence's nouns in copy: singular with its article, plural; a file-less offence falls back to its name. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Robbery, a robbery, robberies, Robberies",
    "Shoplifting, a shoplifting offence, shoplifting offences, Shoplifting offences",
    "Possession of weapons offences, a possession of weapons offence, possession of weapons offences, Possession of weapons offences",
    "Sexual offences, a sexual offence, sexual offences, Sexual offences",
    "Residential burglary, a residential burglary, residential burglaries, Residential burglaries",
    "Bicycle theft, a bicycle theft, bicycle thefts, Bicycle thefts",
    "Criminal damage and arson, a criminal damage or arson offence, criminal damage and arson offences, Criminal damage and arson offences",
    "Homicide, a homicide, homicides, Homicides",
    "Miscellaneous crimes against society, a miscellaneous crimes against society offence, miscellaneous crimes against society offences, Miscellaneous crimes against society offences",
  })
  void nounsInCopy(String offence, String singular, String plural, String title) throws Exception {
    DataLoader loader = DataLoader.using(Path.of("data"));
    OffenceCopies copies = loader.offenceCopies();
    OffenceCopy copy = copies.of(offence);
    assertEquals(singular, copy.withArticle());
    assertEquals(plural, copy.plural());
    assertEquals(title, copy.pluralTitle());
  }

  @Test
  void aCopyFileNamingAnUnknownHelplineIsRefusedWithItsName(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    java.nio.file.Files.copy(Path.of("data/offences.csv"), dir.resolve("offences.csv"));
    java.nio.file.Files.copy(Path.of("data/helplines.csv"), dir.resolve("helplines.csv"));
    java.nio.file.Files.createDirectory(dir.resolve("offences"));
    Path file = dir.resolve("offences/robbery.json");
    java.nio.file.Files.writeString(file, "{\"offence\": \"Robbery\", \"singular\": \"robbery\", \"plural\": "
        + "\"robberies\", \"covers\": \"Theft with force.\", \"helplines\": [\"samaritans\"]}");
    var e = org.junit.jupiter.api.Assertions.assertThrows(org.localwire.model.InputException.class,
        () -> DataLoader.using(dir).offenceCopies());
    assertEquals(file + ": names helpline \"samaritans\", which is not in data/helplines.csv; use one of: "
        + "victim-support, national-stalking-helpline, rape-crisis-support-line, crimestoppers, or add the service "
        + "there with its source", e.getMessage());
    java.nio.file.Files.writeString(file, "{\"offence\": \"Robbery\", \"offence\": \"Robbery\"}");
    e = org.junit.jupiter.api.Assertions.assertThrows(org.localwire.model.InputException.class,
        () -> DataLoader.using(dir).offenceCopies());
    assertTrue(e.getMessage().startsWith(file + ":1:"), e.getMessage());
    assertTrue(e.getMessage().contains("Duplicate field 'offence'"), e.getMessage());
  }

  @Test
  void aVowelTakesAn() {
    assertEquals("an arson offence", OffenceCopy.plain("Arson", List.of()).withArticle());
    assertEquals("an other offence", OffenceCopy.plain("Other offences", List.of()).withArticle());
  }

  /** The offence's ninjs topics (data/offences/*.json "subjects") reach force items as they reach area items. */
  @Test
  void forceAndAreaItemsCarryTheOffencesTopics(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Cli r = Cli.run("batch", "--offence", "Possession of weapons offences", "--force", "Gwent", "--formats", "json",
        "--out", dir.toString(), "--no-progress", "--release-time", "2025-10-23T09:30:00+01:00");
    assertEquals(0, r.exit(), r.err());
    Path release = dir.resolve("possession-of-weapons-offences-year-to-june-2025/gwent");
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String item : List.of("gwent-force.json", "newport.json")) {
      List<String> subjects = new java.util.ArrayList<>();
      json.readTree(release.resolve(item).toFile()).get("subjects").forEach(s -> subjects.add(s.get("name").asText()));
      assertTrue(subjects.contains("knife crime") && subjects.contains("weapons"), item + ": " + subjects);
    }
  }
}
