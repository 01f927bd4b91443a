package org.localwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** The official IPTC ninjs 2.2 schema (src/test/resources/ninjs), with format assertions on (date-time, uri). */
final class NinjsSchema {
  private static final JsonSchema SCHEMA = load();

  private NinjsSchema() {}

  private static JsonSchema load() {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        b -> b.schemaMappers(m -> m.mapPrefix("https://geojson.org/schema/GeoJSON.json",
            "classpath:ninjs/geojson-placeholder.json")));
    return factory.getSchema(SchemaLocation.of("classpath:ninjs/ninjs-schema_2.2.json"), config);
  }

  static Set<ValidationMessage> errors(JsonNode item) {
    return SCHEMA.validate(item);
  }
}
