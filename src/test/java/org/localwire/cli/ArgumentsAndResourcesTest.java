package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localwire.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 5: bad arguments (exit 1 with the names that exist, or exit 2 with usage help), bad
 * templates and quote files (exit 1 naming file, line and column or JSON pointer), and bugs
 * (exit 3 with an apology, the trace only with --debug). {@code out/} is unchanged after each.
 */
class ArgumentsAndResourcesTest {
  static final String WIDE = "area,force,2016,2017\nYnys Môn,North Wales,700,\"1,030\"\nConwy,North Wales,650,640\n"
      + "Norwich,Norfolk,500,480\n";

  @TempDir Path dir;
  private Map<String, String> outBefore;

  @BeforeEach
  void rememberOut() {
    outBefore = OutFolder.snapshot(BadInputTest.OUT);
  }

  @AfterEach
  void outIsUnchanged() {
    assertEquals(outBefore, OutFolder.snapshot(BadInputTest.OUT), "a failed run must leave out/ as it was");
  }

  // ----- arguments

  @Test
  void anUnknownAreaSuggestsTheNameWithItsAccent() throws IOException {
    Path file = write("figures.csv", WIDE);
    assertInputError("--area: no area called \"Ynys Mon\" in " + file + "; did you mean Ynys Môn?",
        "story", "--data", file.toString(), "--area", "Ynys Mon");
  }

  @Test
  void anAreaTypedInDecomposedUnicodeIsFound() throws IOException {
    Path file = write("figures.csv", WIDE);
    Cli r = Cli.run("story", "--data", file.toString(), "--area", "Ynys Mo\u0302n");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("in Ynys Môn"), r.out());
  }

  @Test
  void anUnknownAreaWithNothingCloseSaysHowToListThem() throws IOException {
    Path file = write("figures.csv", WIDE);
    assertInputError("--area: no area called \"Zzyzx\" in " + file + "; run 'localwire areas' to list the 3 areas in "
        + file, "story", "--data", file.toString(), "--area", "Zzyzx");
  }

  @Test
  void anUnknownForceSuggestsTheClosest() throws Exception {
    Path file = write("figures.csv", WIDE);
    DataOptions options = new DataOptions();
    options.data = file;
    options.dataDir = Path.of("data");
    org.localwire.publish.Workspace ws = org.localwire.publish.Workspace.open(options.selection());
    assertEquals("North Wales", ws.force("north wales"));
    InputException e = assertThrows(InputException.class, () -> ws.force("Nrth Wales"));
    assertEquals("--force: no police force called \"Nrth Wales\" in " + file + "; did you mean North Wales?", e.getMessage());
    e = assertThrows(InputException.class, () -> ws.force("Kent"));
    assertEquals("--force: no police force called \"Kent\" in " + file + "; the forces in the data are: North Wales, Norfolk",
        e.getMessage());
  }

  @Test
  void anUnknownPeriodListsThoseInTheFile() throws IOException {
    Path file = write("figures.csv", WIDE);
    assertInputError("--period: the data has no period \"2019\"; choose one of: 2016, 2017",
        "story", "--data", file.toString(), "--area", "Conwy", "--period", "2019");
  }

  @Test
  void anUnknownOffenceListsThoseInTheFile() throws IOException {
    Path file = write("figures.csv", "area,force,offence,2017\nConwy,North Wales,Stalking,4\n"
        + "Conwy,North Wales,Harassment,9\n");
    assertInputError("--offence: the data has no figures for \"Burglary\"; choose one of: Stalking, Harassment",
        "story", "--data", file.toString(), "--area", "Conwy", "--offence", "Burglary");
  }

  @Test
  void anUnknownFormatIsUsageExitTwoWithHelp() {
    Cli r = Cli.run("facts", "--area", "Newport", "--format", "xml");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("Invalid value for option '--format': expected one of [text, json] "
        + "(case-sensitive) but was 'xml'\nUsage: localwire facts "), r.err());
  }

  @Test
  void aMissingRequiredOptionIsUsageExitTwoWithHelp() {
    Cli r = Cli.run("story");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("give --area NAME or --force NAME: the data covers 43 police forces\n"
        + "Usage: localwire story "), r.err());
  }

  @Test
  void anUnknownCommandIsUsageExitTwo() {
    Cli r = Cli.run("storey", "--area", "Newport");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("Unmatched arguments from index 0: 'storey', '--area', 'Newport'"), r.err());
  }

  @Test
  void aMissingDataFolderNamesTheFileItLookedFor() {
    Path missing = dir.resolve("nodata");
    assertInputError(missing.resolve("csp_offence_group_ye_jun2025_ons_tableC2.csv")
        + ": no such file; check the path and the file name", "story", "--area", "Newport", "--data-dir",
        missing.toString());
  }

  // ----- templates

  @Test
  void aTemplateSyntaxErrorNamesFileLineAndColumn() throws IOException {
    Path templates = copyOfTemplates();
    Path story = templates.resolve("story.ftl");
    long lines = Files.readAllLines(story).size();
    Files.writeString(story, "<#if >\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    assertInputError(story + ":" + (lines + 1) + ":6: template syntax error: Encountered \">\"; fix the template",
        "story", "--area", "Newport", "--templates", templates.toString());
  }

  @Test
  void aSyntaxErrorInAnIncludedTemplateNamesThatFile() throws IOException {
    Path templates = copyOfTemplates();
    Path helplines = templates.resolve("helplines.ftl");
    long lines = Files.readAllLines(helplines).size();
    Files.writeString(helplines, "<#list>\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Cli r = Cli.run("story", "--area", "Newport", "--templates", templates.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("localwire: " + helplines + ":" + (lines + 1) + ":"), r.err());
    assertTrue(r.err().contains(": template syntax error: "), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void aValueTheStoryDoesNotProvideNamesTheTemplateLine() throws IOException {
    Path templates = copyOfTemplates();
    Path helplines = templates.resolve("helplines.ftl");
    long lines = Files.readAllLines(helplines).size();
    Files.writeString(helplines, "${reporterName}\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    assertInputError(helplines + ":" + (lines + 1) + ":3: the template failed for Newport: The following has evaluated "
        + "to null or missing: reporterName; fix the template (the values it can use are the fields of "
        + "render/StoryView.java)", "story", "--area", "Newport", "--templates", templates.toString());
  }

  /** Issue 13: one renderer reads force-story.ftl at the first force story; an area's story does not need it. */
  @Test
  void aMissingForceTemplateStopsOnlyAForceStory() throws IOException {
    Path templates = copyOfTemplates();
    Files.delete(templates.resolve("force-story.ftl"));
    Cli area = Cli.run("story", "--area", "Newport", "--templates", templates.toString());
    assertEquals(0, area.exit(), area.err());
    assertInputError(templates.resolve("force-story.ftl") + ": is missing; restore templates/force-story.ftl",
        "story", "--force", "Gwent", "--templates", templates.toString());
  }

  /** Issue 13: a force story's template errors are named as an area story's are (file, line, column, subject). */
  @Test
  void aValueTheForceStoryDoesNotProvideNamesTheTemplateLine() throws IOException {
    Path templates = copyOfTemplates();
    Path force = templates.resolve("force-story.ftl");
    long lines = Files.readAllLines(force).size();
    Files.writeString(force, "${inForce.rank}\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    assertInputError(force + ":" + (lines + 1) + ":3: the template failed for Gwent: The following has evaluated "
        + "to null or missing: inForce; fix the template (the values it can use are the fields of "
        + "render/StoryView.java)", "story", "--force", "Gwent", "--templates", templates.toString());
  }

  @Test
  void aMissingTemplatesFolder() {
    Path missing = dir.resolve("no-templates");
    assertInputError(missing + ": is not a folder of templates; run localwire from its own folder, or point "
        + "--templates at the templates/ folder", "story", "--area", "Newport", "--templates", missing.toString());
  }

  // ----- quotes

  @Test
  void aQuoteFileThatIsNotJsonNamesLineAndColumn() throws IOException {
    Path quotes = dir.resolve("quotes");
    Files.createDirectories(quotes);
    Path file = quotes.resolve("ours.json");
    Files.writeString(file, "{\"quotes\": [\n  {\"id\": \"a\",, \"speaker\": \"B\"}\n]}\n");
    assertInputError(file + ":2:14: is not valid JSON (Unexpected character (',' (code 44)): was expecting double-quote "
        + "to start field name); fix the JSON syntax", "story", "--area", "Newport", "--quotes", quotes.toString());
  }

  @Test
  void aQuoteWithoutAFieldNamesItsJsonPointer() throws IOException {
    Path quotes = dir.resolve("quotes");
    Files.createDirectories(quotes);
    Path file = quotes.resolve("ours.json");
    Files.writeString(file, "{\"quotes\": [{\"id\": \"a\", \"speaker\": \"A\", \"role\": \"r\", \"organisation\": \"o\", "
        + "\"text\": \"t\", \"status\": \"sample\"}, {\"id\": \"b\", \"role\": \"r\", \"organisation\": \"o\", "
        + "\"text\": \"t\", \"status\": \"sample\"}]}");
    assertInputError(file + " /quotes/1/speaker: the quote has no \"speaker\" text; every quote needs id, speaker, role, "
        + "organisation, text, status", "story", "--area", "Newport", "--quotes", quotes.toString());
  }

  @Test
  void aQuoteFileWithoutAQuotesArray() throws IOException {
    Path quotes = dir.resolve("quotes");
    Files.createDirectories(quotes);
    Path file = quotes.resolve("ours.json");
    Files.writeString(file, "[]");
    assertInputError(file + " /quotes: there is no \"quotes\" array; write {\"quotes\": [ ... ]}",
        "story", "--area", "Newport", "--quotes", quotes.toString());
  }

  @Test
  void aQuoteWhoseOffencesAreNotAListIsRefusedNotAppliedToAll() throws IOException {
    Path quotes = dir.resolve("quotes");
    Files.createDirectories(quotes);
    Path file = quotes.resolve("ours.json");
    Files.writeString(file, "{\"quotes\": [{\"id\": \"a\", \"speaker\": \"A\", \"role\": \"r\", \"organisation\": \"o\", "
        + "\"text\": \"t\", \"status\": \"sample\", \"offences\": \"Burglary\"}]}");
    assertInputError(file + " /quotes/0/offences: \"offences\" is not a list; write a list of names, e.g. "
        + "[\"Stalking and harassment\"], or [] for all", "story", "--area", "Newport", "--quotes", quotes.toString());
  }

  @Test
  void aQuoteLibraryWithNothingForTheForceAndOffence() throws IOException {
    Path quotes = dir.resolve("quotes");
    Files.createDirectories(quotes);
    Files.writeString(quotes.resolve("ours.json"), "{\"quotes\": [{\"id\": \"a\", \"speaker\": \"A\", \"role\": \"r\", "
        + "\"organisation\": \"o\", \"text\": \"t\", \"status\": \"sample\", \"forces\": [\"Kent\"]}]}");
    assertInputError("--quotes: the quote library has no quote for stalking and harassment in Gwent; add one whose "
        + "\"offences\" and \"forces\" lists are empty or include them", "story", "--area", "Newport", "--quotes",
        quotes.toString());
  }

  // ----- bugs

  @Command(name = "broken", mixinStandardHelpOptions = true)
  static final class Broken implements Callable<Integer> {
    @Option(names = "--debug") boolean debug;

    @Override
    public Integer call() {
      throw new IllegalStateException("a figure with no count");
    }
  }

  @Test
  void aBugIsExitThreeWithAnApologyAndNoTrace() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Broken()).setExecutionExceptionHandler(new Localwire.Errors());
    cl.setErr(new PrintWriter(err, true));
    assertEquals(3, cl.execute());
    assertEquals("localwire: sorry, this is a bug in localwire (java.lang.IllegalStateException: a figure with no "
        + "count)\nRe-run with --debug to print the stack trace, and please report it.\n", err.toString());
  }

  @Test
  void aBugWithDebugPrintsTheTrace() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Broken()).setExecutionExceptionHandler(new Localwire.Errors());
    cl.setErr(new PrintWriter(err, true));
    assertEquals(3, cl.execute("--debug"));
    String[] lines = err.toString().split("\n");
    assertEquals("localwire: sorry, this is a bug in localwire (java.lang.IllegalStateException: a figure with no "
        + "count)", lines[0]);
    assertEquals("java.lang.IllegalStateException: a figure with no count", lines[1]);
    assertTrue(lines[2].strip().startsWith("at org.localwire.cli.ArgumentsAndResourcesTest$Broken.call("), lines[2]);
  }

  @Test
  void aBugInASubcommandWithDebugOnTheSubcommandPrintsTheTrace() {
    StringWriter err = new StringWriter();
    CommandLine cl = Localwire.commandLine().addSubcommand("broken", new Broken());
    cl.setErr(new PrintWriter(err, true));
    assertEquals(3, cl.execute("broken", "--debug"));
    assertTrue(err.toString().contains("\tat org.localwire.cli.ArgumentsAndResourcesTest$Broken.call("), err.toString());
  }

  // -----

  private void assertInputError(String expected, String... args) {
    Cli r = Cli.run(args);
    assertEquals("localwire: " + expected + "\n", r.err());
    assertEquals(1, r.exit());
    assertEquals("", r.out());
  }

  private Path copyOfTemplates() throws IOException {
    Path copy = dir.resolve("templates");
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName().toString()));
      }
    }
    return copy;
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
