package org.localwire.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.localwire.model.InputException;
import org.localwire.model.Network;

/**
 * The network config file ({@code localwire.json}, docs/batch-output.md, "Network config"): one JSON object
 * of strings, {@code copyrightholder}, {@code byline} and {@code located}, each optional. An
 * unknown key, a value that is not a non-empty string, a key given twice or bad JSON is an
 * error naming the file, line and column. Read with Jackson's streaming parser, as the quote
 * library is (the data-binding layer takes about 0.15 s to start).
 */
public final class NetworkLoader {
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final List<String> KEYS = List.of("copyrightholder", "byline", "located");

  private NetworkLoader() {}

  /**
   * The config in {@code file}. A missing file is an error when {@code required} (named with
   * {@code --config}); otherwise it means no config ({@link Network#NONE}).
   */
  public static Network load(Path file, boolean required) throws InputException {
    if (!Files.exists(file) && !required) {
      return Network.NONE;
    }
    try (JsonParser json = JSON.createParser(Files.newBufferedReader(file))) {
      return read(file, json);
    } catch (JsonProcessingException e) {
      String what = e.getOriginalMessage().startsWith("Duplicate field") ? "a key is given twice"
          : "is not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")";
      throw InputException.in(where(file, e.getLocation()), what,
          "fix the JSON; see docs/batch-output.md, \"Network config\"");
    } catch (NoSuchFileException e) {
      throw InputException.in(file.toString(), "does not exist", "give --config the network config file, e.g. "
          + "localwire.json (docs/batch-output.md, \"Network config\")");
    } catch (IOException e) {
      throw InputException.in(file.toString(), "cannot be read (" + e.getMessage() + ")",
          "check the file, or give another with --config");
    }
  }

  private static Network read(Path file, JsonParser json) throws IOException, InputException {
    if (json.nextToken() != JsonToken.START_OBJECT) {
      throw InputException.in(where(file, json.currentTokenLocation()), "is not a JSON object",
          "write it as {\"copyrightholder\": \"...\", \"byline\": \"...\", \"located\": \"...\"}");
    }
    Map<String, String> values = new LinkedHashMap<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String key = json.currentName();
      JsonLocation at = json.currentTokenLocation();
      if (!KEYS.contains(key)) {
        throw InputException.in(where(file, at), "unknown key \"" + key + "\"",
            "use only " + String.join(", ", KEYS) + " (docs/batch-output.md, \"Network config\")");
      }
      JsonToken value = json.nextToken();
      if (value != JsonToken.VALUE_STRING || json.getText().isBlank()) {
        throw InputException.in(where(file, json.currentTokenLocation()), "\"" + key + "\" must be a non-empty "
            + "string", "write it in quotes, or leave the key out");
      }
      values.put(key, json.getText().strip());
    }
    if (json.nextToken() != null) {
      throw InputException.in(where(file, json.currentTokenLocation()), "has more after its object",
          "keep one JSON object in the file");
    }
    return new Network(values.getOrDefault("copyrightholder", ""), values.getOrDefault("byline", ""),
        values.getOrDefault("located", ""));
  }

  private static String where(Path file, JsonLocation at) {
    return at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
  }
}
