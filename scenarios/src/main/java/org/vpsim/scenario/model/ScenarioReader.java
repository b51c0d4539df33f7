package org.vpsim.scenario.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads scenario JSON into validated {@link Scenario} records. Any problem becomes a
 * {@link ScenarioException} whose message starts with the JSON path of the offending field.
 * Unknown fields are refused (a typo must not silently fall back to a default).
 */
public final class ScenarioReader {
    private final ObjectMapper mapper;

    public ScenarioReader() {
        mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    public Scenario read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new ScenarioException("", "scenario file not found: " + file);
        } catch (IOException e) {
            throw new ScenarioException("", "cannot read scenario file " + file + ": " + e.getMessage());
        }
    }

    public Scenario read(InputStream in, String sourceName) {
        try {
            return mapper.readValue(in, Scenario.class);
        } catch (JsonMappingException e) {
            throw translate(e, sourceName);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new ScenarioException("", sourceName + " is not valid JSON"
                    + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ScenarioException("", "cannot read " + sourceName + ": " + e.getMessage());
        }
    }

    public Scenario parse(String json) {
        return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "scenario");
    }

    /** The scenario as JSON (all defaults made explicit): what ran, for the manifest. */
    public JsonNode toJsonTree(Scenario scenario) {
        return mapper.valueToTree(scenario);
    }

    public String toJson(Scenario scenario) {
        try {
            return mapper.writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ScenarioException translate(JsonMappingException e, String sourceName) {
        String path = path(e.getPath());
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException) {
            // A record's constructor refused a value; its message starts with the field name.
            String msg = e.getCause().getMessage();
            int colon = msg.indexOf(':');
            if (colon > 0 && msg.substring(0, colon).matches("[A-Za-z0-9_.\\[\\]/]+")) {
                String field = msg.substring(0, colon);
                return new ScenarioException(path.isEmpty() ? field : path + "." + field,
                        msg.substring(colon + 1).trim());
            }
            return new ScenarioException(path, msg);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.toList());
            return new ScenarioException(path, "unknown field; known fields here: " + known);
        }
        String original = e.getOriginalMessage();
        int nl = original.indexOf('\n');
        if (nl > 0) {
            original = original.substring(0, nl);
        }
        JsonLocation loc = e.getLocation();
        return new ScenarioException(path, original.replace("Cannot deserialize value of type", "expected")
                + (loc == null ? "" : " (" + sourceName + " line " + loc.getLineNr() + ")"));
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
