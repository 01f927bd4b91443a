package org.localwire.seeds;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.localwire.model.Area;
import org.localwire.model.Cell;
import org.localwire.model.Dataset;
import org.localwire.model.Figure;
import org.localwire.model.InputException;
import org.localwire.model.OffenceTree;
import org.localwire.model.Period;
import org.localwire.model.Place;
import org.localwire.model.Population;
import org.localwire.model.Source;

/**
 * Reads a seed case ({@code seeds/*.json}, documented in README.md): the figures a seed article
 * is built on, in localwire's own terms, and the facts it reports. The figures become a {@link
 * Dataset} like any other input, so a seed file is valid {@code --data}. Every value keeps its
 * place in the file (line and column of the JSON value) as its {@link Cell}; an error names that
 * place and what to do.
 */
public final class SeedLoader {
  /** Made on first use: {@link #recognises} is asked of every data file, seed or not. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
  private static final Set<String> TOP = Set.of("seed", "about", "story_type", "publisher", "table", "offence",
      "figures", "facts", "notes");
  private static final Set<String> FIGURE = Set.of("place", "area", "force", "offence", "period", "count", "missing");
  private static final Set<String> FACT = Set.of("id", "measure", "area", "force", "national", "offence", "from",
      "period", "of", "threshold", "top", "article", "exact", "why");

  private final String file;
  private final Map<String, JsonLocation> locations;

  private SeedLoader(String file, Map<String, JsonLocation> locations) {
    this.file = file;
    this.locations = locations;
  }

  /** True for a file localwire reads as a seed case: a {@code .json} file. */
  public static boolean recognises(Path path) {
    return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
  }

  public static SeedCase load(Path path, OffenceTree tree) throws InputException {
    String file = path.toString();
    String text;
    try {
      text = Files.readString(path);
    } catch (NoSuchFileException e) {
      throw InputException.in(file, "no such file", "check the path; the seed cases are in seeds/");
    } catch (IOException e) {
      throw InputException.in(file, "cannot be read (" + e.getMessage() + ")", "check the file is UTF-8 JSON");
    }
    JsonNode root;
    Map<String, JsonLocation> locations;
    try {
      locations = locate(text);
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? file : file + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
      throw InputException.in(where, "is not valid JSON (" + e.getOriginalMessage() + ")", "fix the JSON syntax");
    } catch (IOException e) {
      throw InputException.in(file, "cannot be read (" + e.getMessage() + ")", "check the file is UTF-8 JSON");
    }
    return new SeedLoader(file, locations).read(root, path, tree);
  }

  /** JSON pointer of every value and field name to where it starts in the text. */
  private static Map<String, JsonLocation> locate(String text) throws IOException {
    Map<String, JsonLocation> out = new HashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          continue;
        }
        // a value's pointer ("/figures/3/count"); an object or list just opened has its slot's ("/figures/3")
        out.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
      }
    }
    return out;
  }

  private Cell cell(String pointer) {
    JsonLocation loc = locations.get(pointer);
    if (loc == null) {
      return new Cell(file, 1, 1);
    }
    return new Cell(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
  }

  private SeedCase read(JsonNode root, Path path, OffenceTree tree) throws InputException {
    if (!root.isObject()) {
      throw InputException.at(cell(""), "a seed file is one JSON object", "start the file with {");
    }
    fieldsKnown(root, "", TOP);
    String seed = text(root, "", "seed", true);
    String offence = text(root, "", "offence", true);
    if (tree.find(offence).isEmpty()) {
      throw InputException.at(cell("/offence"), "offence \"" + offence + "\" is not in data/offences.csv",
          "name the offence as data/offences.csv does, e.g. Stalking and harassment");
    }
    Source source = new Source(file, text(root, "", "publisher", true), text(root, "", "table", true), false);
    Dataset.Builder data = Dataset.builder(source, tree).offence(offence);
    Map<String, Area> areas = new LinkedHashMap<>();
    JsonNode figures = array(root, "", "figures");
    for (int i = 0; i < figures.size(); i++) {
      figure(figures.get(i), "/figures/" + i, offence, tree, data, areas);
    }
    if (figures.isEmpty()) {
      throw InputException.at(cell("/figures"), "the seed has no figures", "list the article's figures");
    }
    Dataset dataset = data.build();
    List<ReportedFact> facts = new ArrayList<>();
    JsonNode factNodes = array(root, "", "facts");
    Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < factNodes.size(); i++) {
      ReportedFact fact = fact(factNodes.get(i), "/facts/" + i, offence, tree);
      if (!ids.add(fact.id())) {
        throw InputException.at(fact.cell(), "fact id \"" + fact.id() + "\" is used twice", "give every fact its own id");
      }
      facts.add(fact);
    }
    List<String> notes = new ArrayList<>();
    JsonNode noteNodes = root.get("notes");
    if (noteNodes != null) {
      if (!noteNodes.isArray()) {
        throw InputException.at(cell("/notes"), "\"notes\" is not a list", "give notes as a list of strings");
      }
      noteNodes.forEach(n -> notes.add(n.asText()));
    }
    String id = path.getFileName().toString().replaceFirst("(?i)\\.json$", "");
    return new SeedCase(id, seed, text(root, "", "about", false), text(root, "", "story_type", true), dataset, facts,
        notes);
  }

  private void figure(JsonNode node, String at, String seedOffence, OffenceTree tree, Dataset.Builder data,
      Map<String, Area> areas) throws InputException {
    if (!node.isObject()) {
      throw InputException.at(cell(at), "a figure is a JSON object", "write {\"place\": ..., \"period\": ..., \"count\": ...}");
    }
    fieldsKnown(node, at, FIGURE);
    String offence = offence(node, at, seedOffence, tree);
    Period period = period(node, at, "period");
    String kind = text(node, at, "place", true);
    Place place;
    switch (kind) {
      case "area" -> {
        String name = text(node, at, "area", true);
        String force = text(node, at, "force", true);
        Area area = areas.get(name);
        if (area == null) {
          area = new Area(name, "", force, Population.unknown("the seed gives no population"));
          areas.put(name, area);
          data.area(area);
        } else if (!area.force().equals(force)) {
          throw InputException.at(cell(at + "/force"), "area \"" + name + "\" is under " + force + " here and under "
              + area.force() + " before", "an area belongs to one force");
        }
        data.force(force);
        place = Place.area(area);
      }
      case "force" -> {
        String force = text(node, at, "force", true);
        data.force(force);
        place = Place.forceTotal(force);
      }
      case "national" -> place = Place.national();
      default -> throw InputException.at(cell(at + "/place"), "place is \"" + kind + "\"",
          "use \"area\", \"force\" or \"national\"");
    }
    data.period(period).offence(offence);
    JsonNode count = node.get("count");
    Cell cell = cell(at + "/count");
    Figure figure;
    if (count == null || count.isNull()) {
      String why = text(node, at, "missing", false);
      if (why.isEmpty()) {
        throw InputException.at(cell, "the count is missing and \"missing\" does not say why",
            "give the count, or say why it is missing, e.g. \"missing\": \"not in the article\"");
      }
      figure = Figure.missing(place, offence, period, why, cell);
    } else if (count.isIntegralNumber() && count.canConvertToLong() && count.asLong() >= 0) {
      figure = Figure.of(place, offence, period, count.asLong(), cell);
    } else {
      throw InputException.at(cell, "count " + count + " is not a whole number of offences, 0 or more",
          "write the count as printed, without separators: 1030");
    }
    Optional<Figure> clash = data.figure(figure);
    if (clash.isPresent()) {
      throw InputException.at(cell, place.name() + " already has a " + offence.toLowerCase(java.util.Locale.UK)
          + " figure for " + period.label() + " at " + clash.get().cell(), "keep one figure per place, offence and period");
    }
  }

  private ReportedFact fact(JsonNode node, String at, String seedOffence, OffenceTree tree) throws InputException {
    if (!node.isObject()) {
      throw InputException.at(cell(at), "a fact is a JSON object", "write {\"id\": ..., \"measure\": ..., ...}");
    }
    fieldsKnown(node, at, FACT);
    String id = text(node, at, "id", true);
    String name = text(node, at, "measure", true);
    ReportedFact.Measure measure = null;
    for (ReportedFact.Measure m : ReportedFact.Measure.values()) {
      if (m.jsonName().equals(name)) {
        measure = m;
      }
    }
    if (measure == null) {
      List<String> names = java.util.Arrays.stream(ReportedFact.Measure.values()).map(ReportedFact.Measure::jsonName)
          .toList();
      throw InputException.at(cell(at + "/measure"), "measure \"" + name + "\" is not known",
          "use one of " + String.join(", ", names));
    }
    String article = text(node, at, "article", false);
    Cell where = cell(at);
    if (measure == ReportedFact.Measure.UNCHECKABLE) {
      String why = text(node, at, "why", true);
      Period none = Period.calendarYear(1);
      return new ReportedFact(id, measure, Place.national(), seedOffence, none, none, "", 0, article, "", why, where);
    }
    Place place;
    if (node.path("national").asBoolean(false)) {
      place = Place.national();
    } else if (node.has("area")) {
      place = new Place(Place.Kind.AREA, text(node, at, "area", true), text(node, at, "force", true));
    } else {
      String force = text(node, at, "force", true);
      place = Place.forceTotal(force);
    }
    Period period = period(node, at, "period");
    Period from = node.has("from") ? period(node, at, "from") : period;
    boolean comparing = measure == ReportedFact.Measure.CHANGE || measure == ReportedFact.Measure.MULTIPLE
        || measure == ReportedFact.Measure.AREAS_RISING_MORE_THAN;
    if (comparing && !node.has("from")) {
      throw InputException.at(where, "a " + name + " needs \"from\", the earlier period", "add \"from\": \"2015\"");
    }
    String whole = "";
    if (measure == ReportedFact.Measure.SHARE) {
      whole = text(node, at, "of", true);
      if (tree.find(whole).isEmpty()) {
        throw InputException.at(cell(at + "/of"), "offence \"" + whole + "\" is not in data/offences.csv",
            "name the whole as data/offences.csv does, e.g. Total recorded crime (excluding fraud)");
      }
    }
    long parameter = 0;
    if (measure == ReportedFact.Measure.AREAS_RISING_MORE_THAN) {
      parameter = whole(node, at, "threshold");
    } else if (measure == ReportedFact.Measure.TOP_AREAS) {
      parameter = whole(node, at, "top");
    }
    JsonNode exact = node.get("exact");
    if (exact == null || !exact.isTextual()) {
      throw InputException.at(where, "the fact has no \"exact\" value", "write the exact value from the figures, "
          + "or \"\" where they cannot give it; 'localwire seeds' prints what it computes");
    }
    return new ReportedFact(id, measure, place, offence(node, at, seedOffence, tree), from, period, whole, parameter,
        article, exact.asText(), text(node, at, "why", false), where);
  }

  private String offence(JsonNode node, String at, String seedOffence, OffenceTree tree) throws InputException {
    if (!node.has("offence")) {
      return seedOffence;
    }
    String offence = text(node, at, "offence", true);
    if (tree.find(offence).isEmpty()) {
      throw InputException.at(cell(at + "/offence"), "offence \"" + offence + "\" is not in data/offences.csv",
          "name the offence as data/offences.csv does");
    }
    return offence;
  }

  private Period period(JsonNode node, String at, String field) throws InputException {
    String text = text(node, at, field, true);
    return Period.parse(text).orElseThrow(() -> InputException.at(cell(at + "/" + field),
        "\"" + text + "\" is not a period", "use 2017, 2023/24, 12m to Sep 2018 or Apr 2021 to Sep 2021"));
  }

  private long whole(JsonNode node, String at, String field) throws InputException {
    JsonNode v = node.get(field);
    if (v == null || !v.isIntegralNumber() || v.asLong() < 1) {
      throw InputException.at(cell(at + (v == null ? "" : "/" + field)), "\"" + field + "\" must be a whole number, 1 or more",
          "add \"" + field + "\": 2");
    }
    return v.asLong();
  }

  private String text(JsonNode node, String at, String field, boolean required) throws InputException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw InputException.at(cell(at), "\"" + field + "\" is missing", "add \"" + field + "\"");
      }
      return "";
    }
    if (!v.isTextual()) {
      throw InputException.at(cell(at + "/" + field), "\"" + field + "\" is not text", "put the value in quotes");
    }
    String s = v.asText().strip();
    if (required && s.isEmpty()) {
      throw InputException.at(cell(at + "/" + field), "\"" + field + "\" is empty", "fill it in");
    }
    return s;
  }

  private JsonNode array(JsonNode node, String at, String field) throws InputException {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      throw InputException.at(cell(at + (v == null ? "" : "/" + field)), "\"" + field + "\" is not a list",
          "give \"" + field + "\" as a JSON list");
    }
    return v;
  }

  private void fieldsKnown(JsonNode node, String at, Set<String> known) throws InputException {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        throw InputException.at(cell(at + "/" + name), "field \"" + name + "\" is not part of a seed file",
            "use only " + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }
}
