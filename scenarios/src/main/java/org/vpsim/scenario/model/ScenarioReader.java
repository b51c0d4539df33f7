package org.vpsim.scenario.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads scenario JSON into validated {@link Scenario} records. Problems become one
 * {@link ScenarioException} listing each with its JSON path, the value and what is allowed.
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
                // 2.0 and 1e3 are whole numbers; fractions never reach binding (ScenarioValidator refuses them).
                .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(SerializationFeature.INDENT_OUTPUT)
                // Optional fields without a default stay out of the as-run JSON: a file never holds null.
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
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

    /**
     * Reads and validates a scenario: every problem of the file is reported at once, in file order (see
     * {@link ScenarioValidator}).
     */
    public Scenario read(InputStream in, String sourceName) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(ScenarioValidator.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ScenarioException("", "cannot read " + sourceName + ": " + e.getMessage());
        }
        return new ScenarioValidator(mapper).read(bytes, sourceName);
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

}
