package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, "messages that say what happened". */
class Issue14MessagesTest {
  @TempDir Path dir;

  /** A copy of the templates with {@code tail} added to the end of story.ftl (line 305 and on). */
  Path templates(String tail) throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    try (Stream<Path> s = Files.list(Path.of("templates"))) {
      for (Path t : s.toList()) {
        Files.copy(t, templates.resolve(t.getFileName()));
      }
    }
    Path story = templates.resolve("story.ftl");
    Files.writeString(story, Files.readString(story) + tail);
    return templates;
  }

  int lastLine() throws IOException {
    return (int) Files.readString(Path.of("templates/story.ftl")).lines().count();
  }

  @Test
  void anEvalErrorKeepsItsReason() throws IOException {
    Path t = templates("\n${\"1 +\"?eval}\n");
    Cli r = Cli.run("story", "--area", "Newport", "--templates", t.toString());
    assertEquals(1, r.exit());
    assertEquals("localwire: " + t.resolve("story.ftl") + ":" + (lastLine() + 2) + ":3: the template failed for Newport: "
        + "Failed to \"?eval\" string with this error: Syntax error in ?eval-ed string in line 1, column 5: "
        + "Encountered \")\" \"1 +\"?eval; fix the template (the values it can use are the fields of "
        + "render/StoryView.java)\n", r.err());
  }

  @Test
  void anInterpretErrorKeepsItsReason() throws IOException {
    Path t = templates("\n<#assign t = \"<#if>\"?interpret><@t/>\n");
    Cli r = Cli.run("story", "--area", "Newport", "--templates", t.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("template syntax error: #if is an existing directive, but the tag is malformed"),
        r.err());
  }

  @Test
  void aRunawayLoopNamesTheTemplateAndLineInsteadOfRunningOutOfMemory() throws IOException {
    Path t = templates("\n<#list 1..2000000000 as i>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</#list>\n");
    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--force", "Gwent", "--templates", t.toString(), "--out", out.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("localwire: " + t.resolve("story.ftl") + ":" + (lastLine() + 2) + ":27: the template "
        + "failed for "), r.err());
    assertTrue(r.err().contains(": the story is longer than 1,000,000 characters (a loop that runs away?); fix the "
        + "template"), r.err());
    assertEquals(java.util.List.of(".localwire.lock"), Issue14ReleaseTest.names(out).stream().toList(),
        "no partial folder");
  }

  @Test
  void aSemicolonSeparatedFileIsRecognised() throws IOException {
    Path file = Files.writeString(dir.resolve("figures.csv"), "area;force;2016;2017\nNewport;Gwent;1;2\n");
    Cli r = Cli.run("story", "--area", "Newport", "--data", file.toString());
    assertEquals(1, r.exit());
    assertEquals("localwire: " + file + ":1: this file looks ;-separated, not comma-separated (its header is one "
        + "column: \"area;force;2016;2017\"); save it as CSV with commas (in Excel: CSV UTF-8 (comma delimited))\n",
        r.err());
  }

  @Test
  void aTabSeparatedFileIsRecognised() throws IOException {
    Path file = Files.writeString(dir.resolve("figures.csv"), "area\tforce\t2016\t2017\nNewport\tGwent\t1\t2\n");
    Cli r = Cli.run("areas", "--data", file.toString());
    assertEquals(1, r.exit());
    assertEquals("localwire: " + file + ":1: this file looks tab-separated, not comma-separated (its header is one "
        + "column: \"area\\tforce\\t2016\\t2017\"); save it as CSV with commas (in Excel: CSV UTF-8 (comma delimited))\n",
        r.err());
  }
}
