package org.localwire.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localwire.angles.Angle;

/**
 * Templates get typed values, never strings to compare (issues 13 and 17, "no string contracts"):
 * the lead angle is an enum the template asks by name ({@code lead.RISE}), which is an error, not
 * a silent false, for a name the enum does not have; and no template compares text with text.
 */
class TemplateNamesTest {
  /** {@code x == "..."}, {@code x != "..."}, {@code <#case "...">} and the string built-ins that re-read English. */
  private static final Pattern STRING_COMPARISON = Pattern.compile(
      "[!=]=\\s*\"|\"\\s*[!=]=|<#case\\s+\"|\\?(contains|starts_with|ends_with|matches|index_of|remove_beginning"
          + "|remove_ending|seq_contains)\\b");
  private static final Pattern KIND = Pattern.compile("\\b(lead|type)\\.([A-Za-z_]+)\\b");

  @Test
  void noTemplateComparesStrings() throws Exception {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path file : files.sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = STRING_COMPARISON.matcher(lines.get(i));
          if (m.find() && !lines.get(i).trim().startsWith("<#--")) {
            found.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertEquals(List.of(), found, "templates must branch on typed values from Java, not compare strings");
  }

  @ParameterizedTest
  @CsvSource({"story.ftl", "force-story.ftl"})
  void everyAngleKindATemplateNamesIsOneJavaGives(String template) throws Exception {
    // one Angle.Kind for every place (issue 13): both templates ask the same enum
    String text = Files.readString(Path.of("templates", template));
    Set<String> kinds = Arrays.stream(Angle.Kind.values()).map(Enum::name).collect(Collectors.toSet());
    List<String> unknown = new ArrayList<>();
    int seen = 0;
    Matcher m = KIND.matcher(text);
    while (m.find()) {
      seen++;
      if (!kinds.contains(m.group(2))) {
        unknown.add(m.group(0));
      }
    }
    assertTrue(seen > 5, template + ": only " + seen + " angle kinds named; has the template syntax changed?");
    assertEquals(List.of(), unknown, template + " names angle kinds Java does not have");
  }

  record View(Angle.Kind lead) {}

  @Test
  void anEnumReadsAsItsNamesToBooleansAndIsNeverText(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("t.ftl"), "<#if lead.RISE>rise<#elseif lead.FALL>fall<#else>other</#if>");
    Files.writeString(dir.resolve("typo.ftl"), "<#if lead.RISEE>rise</#if>");
    Files.writeString(dir.resolve("text.ftl"), "<#if lead == \"RISE\">rise</#if>");
    var config = Renderer.configuration(dir);
    assertEquals("rise", render(config.getTemplate("t.ftl"), new View(Angle.Kind.RISE)));
    assertEquals("fall", render(config.getTemplate("t.ftl"), new View(Angle.Kind.FALL)));
    assertEquals("other", render(config.getTemplate("t.ftl"), new View(Angle.Kind.PER_DAY)));
    TemplateException typo = assertThrows(TemplateException.class,
        () -> render(config.getTemplate("typo.ftl"), new View(Angle.Kind.RISE)));
    assertTrue(typo.getMessage().contains("Kind has no value RISEE"), typo.getMessage());
    assertThrows(TemplateException.class, () -> render(config.getTemplate("text.ftl"), new View(Angle.Kind.RISE)));
  }

  private static String render(Template template, Object view) throws Exception {
    StringWriter out = new StringWriter();
    template.process(view, out);
    return out.toString();
  }
}
