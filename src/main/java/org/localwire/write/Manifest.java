package org.localwire.write;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.localwire.model.InputException;

/**
 * What a release folder published ({@code manifest.json} at its root): for every story, by its
 * path ({@code gwent/newport}), its identifier, status ({@code usable}, {@code withheld},
 * {@code canceled}), stamp (version, versioncreated, embargo, correction) and {@link Content}.
 * A re-run reads it to keep an unchanged story's stamp, so its bytes, and to say what changed in
 * the others.
 */
final class Manifest {
  static final String FILE = "manifest.json";

  /** One story as last issued. */
  record Entry(String path, String uri, String place, String slugline, String status, Stamp stamp, Content content) {
    Entry {
      requireNonNull(path, "path");
      requireNonNull(uri, "uri");
      requireNonNull(place, "place");
      requireNonNull(slugline, "slugline");
      requireNonNull(status, "status");
      requireNonNull(stamp, "stamp");
      requireNonNull(content, "content");
    }

    boolean canceled() {
      return status.equals("canceled");
    }
  }

  private Manifest() {}

  /** The document, entries sorted by path so that the same release gives the same bytes. */
  static String json(String release, List<Entry> entries) {
    Map<String, Entry> byPath = new TreeMap<>();
    entries.forEach(e -> byPath.put(e.path(), e));
    List<Object> stories = new ArrayList<>();
    for (Entry e : byPath.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", e.path());
      m.put("uri", e.uri());
      m.put("place", e.place());
      m.put("slugline", e.slugline());
      m.put("status", e.status());
      m.put("version", e.stamp().version());
      m.put("versioncreated", Stamp.format(e.stamp().created()));
      e.stamp().embargo().ifPresent(t -> m.put("embargoed", Stamp.format(t)));
      m.put("correction", e.stamp().correction());
      m.put("hash", e.content().hash());
      m.put("copy", e.content().copy());
      m.put("quote", e.content().quote());
      m.put("figures", new LinkedHashMap<String, Object>(e.content().figures()));
      stories.add(m);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("release", release);
    doc.put("stories", stories);
    return Json.of(doc);
  }

  /** The entries of the manifest in {@code folder}, by path; empty when there is none (a first issue). */
  static Optional<Map<String, Entry>> read(Path folder) throws InputException {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    JsonNode doc;
    try {
      doc = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw broken(at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr(),
          "is not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
    } catch (IOException e) {
      throw InputException.in(file.toString(), "cannot be read (" + e.getMessage() + ")",
          "check that you can read the release folder");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    JsonNode stories = doc == null ? null : doc.get("stories");
    if (stories == null || !stories.isArray()) {
      throw broken(file.toString(), "has no \"stories\" list");
    }
    int i = 0;
    for (Iterator<JsonNode> it = stories.elements(); it.hasNext(); i++) {
      Entry e = entry(file, i, it.next());
      entries.put(e.path(), e);
    }
    return Optional.of(entries);
  }

  private static Entry entry(Path file, int i, JsonNode s) throws InputException {
    String where = file + ": story " + (i + 1);
    try {
      Map<String, String> figures = new LinkedHashMap<>();
      if (s.get("figures") == null || !s.get("figures").isObject() || !s.path("version").isInt()) {
        throw new IllegalArgumentException("no \"figures\" object or \"version\" number");
      }
      s.get("figures").fields().forEachRemaining(f -> figures.put(f.getKey(), f.getValue().asText()));
      Optional<OffsetDateTime> embargo = s.has("embargoed") ? Optional.of(OffsetDateTime.parse(text(s, "embargoed")))
          : Optional.empty();
      Stamp stamp = new Stamp(s.get("version").asInt(), OffsetDateTime.parse(text(s, "versioncreated")), embargo,
          text(s, "correction"));
      return new Entry(text(s, "path"), text(s, "uri"), text(s, "place"), text(s, "slugline"), text(s, "status"), stamp,
          new Content(text(s, "hash"), figures, text(s, "copy"), text(s, "quote")));
    } catch (RuntimeException e) {
      // a missing key, a version of 0, a time that is not one: not a manifest localwire wrote
      throw broken(where, "is not as localwire writes it (" + e.getMessage() + ")");
    }
  }

  private static String text(JsonNode s, String key) {
    JsonNode v = s.get(key);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("no \"" + key + "\" text");
    }
    return v.asText();
  }

  private static InputException broken(String where, String what) {
    return InputException.in(where, what, "restore the release folder's manifest.json, or move the folder aside to "
        + "issue every story afresh as version 1");
  }
}
