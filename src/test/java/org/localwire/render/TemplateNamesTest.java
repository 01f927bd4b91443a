package org.localwire.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localwire.angles.Angle;
import org.localwire.angles.ForceAngle;

/**
 * The templates still branch on angle kinds and change directions by name (issue 13, 17: until
 * they get typed values). A misspelt name would silently never match and change a story, so
 * every name a template compares or switches on must be one the Java side can give.
 */
class TemplateNamesTest {
  private static final Pattern COMPARED = Pattern.compile("\\b(lead|type)\\s*[!=]=\\s*\"([A-Za-z_]+)\"");
  private static final Pattern CASE = Pattern.compile("<#case \"([A-Za-z_]+)\">");
  private static final Pattern DIRECTION = Pattern.compile("\\bdirection\\s*[!=]=\\s*\"([A-Za-z_]+)\"");

  @ParameterizedTest
  @CsvSource({"story.ftl, area", "force-story.ftl, force"})
  void everyNameATemplateComparesIsOneJavaGives(String template, String place) throws Exception {
    String text = Files.readString(Path.of("templates", template));
    Set<String> kinds = (place.equals("area") ? Arrays.stream(Angle.Kind.values()) : Arrays.stream(ForceAngle.Kind.values()))
        .map(Enum::name).collect(Collectors.toSet());
    List<String> unknown = new ArrayList<>();
    int seen = 0;
    for (Pattern p : List.of(COMPARED, CASE)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        seen++;
        String name = m.group(m.groupCount());
        if (!kinds.contains(name)) {
          unknown.add(name);
        }
      }
    }
    Matcher d = DIRECTION.matcher(text);
    while (d.find()) {
      seen++;
      if (!Set.of("rise", "fall", "none").contains(d.group(1))) {
        unknown.add(d.group(1));
      }
    }
    assertTrue(seen > 5, template + ": the patterns found only " + seen + " names; has the template syntax changed?");
    assertEquals(List.of(), unknown, template + " compares names no angle kind or direction has");
  }
}
