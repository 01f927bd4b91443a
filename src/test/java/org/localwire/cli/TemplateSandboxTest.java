package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: templates are loaded only from the templates folder ({@code --templates}). FreeMarker's
 * file loader resolves every name inside its base folder and refuses a link out of it; these
 * tests prove it through the CLI, with a secret file beside the folder that must never print.
 * Templates also cannot create Java objects or reach the Java API.
 */
class TemplateSandboxTest {
  @TempDir Path dir;
  Path templates;
  Path helplines;
  long lines;

  @BeforeEach
  void copyTemplatesBesideASecret() throws IOException {
    Files.writeString(dir.resolve("secret.ftl"), "SECRET-VALUE\n");
    templates = Files.createDirectory(dir.resolve("templates"));
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path f : files.toList()) {
        Files.copy(f, templates.resolve(f.getFileName().toString()));
      }
    }
    helplines = templates.resolve("helplines.ftl");
    lines = Files.readAllLines(helplines).size();
  }

  @Test
  void anIncludeThatBacksOutOfTheFolderIsRefused() throws IOException {
    append("<#include \"../secret.ftl\">");
    assertRefused(helplines + ":" + (lines + 1) + ":1: includes \"../secret.ftl\", which is outside the templates folder "
        + templates + "; templates can only include files inside their own folder; copy the file into it");
  }

  @Test
  void anIncludeThatBacksOutThroughASubfolderIsRefused() throws IOException {
    Files.createDirectory(templates.resolve("sub"));
    append("<#include \"sub/../../secret.ftl\">");
    assertRefused(helplines + ":" + (lines + 1) + ":1: includes \"sub/../../secret.ftl\", which is outside the templates "
        + "folder " + templates + "; templates can only include files inside their own folder; copy the file into it");
  }

  @Test
  void anImportThatBacksOutIsRefused() throws IOException {
    append("<#import \"../secret.ftl\" as s>");
    assertRefused(helplines + ":" + (lines + 1) + ":1: includes \"../secret.ftl\", which is outside the templates folder "
        + templates + "; templates can only include files inside their own folder; copy the file into it");
  }

  @Test
  void anAbsolutePathIsReadInsideTheFolder() throws IOException {
    append("<#include \"" + dir.resolve("secret.ftl") + "\">");
    // FreeMarker reads "/tmp/.../secret.ftl" as a name under the templates folder, where it is not
    assertRefused(helplines + ":" + (lines + 1) + ":1: includes \"" + dir.resolve("secret.ftl").toString().substring(1)
        + "\", which is not in the templates folder " + templates + "; restore the file, or correct the name in the "
        + "include");
  }

  @Test
  void aLinkOutOfTheFolderIsRefused() throws IOException {
    Files.createSymbolicLink(templates.resolve("link.ftl"), dir.resolve("secret.ftl"));
    append("<#include \"link.ftl\">");
    assertRefused(templates + ": a template resolves to a file outside the templates folder (" + templates.resolve(
        "link.ftl") + " resolves to " + dir.resolve("secret.ftl") + " which doesn't start with " + templates
        + "/); templates must be real files inside the folder, not links out of it");
  }

  @Test
  void theStoryTemplateItselfAsALinkOutIsRefused() throws IOException {
    Path story = templates.resolve("story.ftl");
    Path outside = Files.move(story, dir.resolve("story.ftl"));
    Files.createSymbolicLink(story, outside);
    assertRefused(templates + ": a template resolves to a file outside the templates folder (" + story + " resolves to "
        + outside + " which doesn't start with " + templates + "/); templates must be real files inside the folder, "
        + "not links out of it");
  }

  @Test
  void aTemplateCannotRunAProgram() throws IOException {
    append("${\"freemarker.template.utility.Execute\"?new()(\"id\")}");
    assertRefused(helplines + ":" + (lines + 1) + ":1: the template failed for Newport: Instantiating "
        + "freemarker.template.utility.Execute is not allowed in the template for security reasons; fix the template "
        + "(the values it can use are the fields of render/StoryView.java)");
  }

  private void append(String line) throws IOException {
    Files.writeString(helplines, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private void assertRefused(String expected) {
    Cli r = Cli.run("story", "--area", "Newport", "--templates", templates.toString());
    assertEquals("localwire: " + expected + "\n", r.err());
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertFalse(r.err().contains("SECRET-VALUE"), r.err());
  }
}
