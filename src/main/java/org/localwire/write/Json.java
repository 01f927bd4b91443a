package org.localwire.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * JSON text from ordered maps, lists, strings, numbers and booleans, written with Jackson's
 * streaming generator and its default pretty printer (the same bytes as
 * {@code ObjectMapper.writeValueAsString} with {@code INDENT_OUTPUT}). Streaming keeps
 * Jackson's data-binding layer, several hundred classes, out of a batch run's start-up.
 */
final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** The value as indented JSON, then a newline. */
  static String of(Object value) {
    return new String(bytes(value), StandardCharsets.UTF_8);
  }

  /**
   * The value as indented JSON, then a newline, in UTF-8: Jackson's byte generator, with no
   * round trip through a {@code String} for a file that is written as bytes.
   */
  static byte[] bytes(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      write(json, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static void write(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof com.fasterxml.jackson.core.SerializableString s) {
      json.writeString(s); // quoted and encoded once, written as bytes
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        json.writeFieldName(e.getKey().toString());
        write(json, e.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        write(json, item);
      }
      json.writeEndArray();
    } else {
      throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
    }
  }
}
