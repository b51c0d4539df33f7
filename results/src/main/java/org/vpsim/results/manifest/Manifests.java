package org.vpsim.results.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes {@code manifest.json}. */
public final class Manifests {

    /** The file name inside a run directory. */
    public static final String FILE_NAME = "manifest.json";

    // ObjectMapper is thread-safe once configured; it holds no run state.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private Manifests() {
    }

    /**
     * SHA-256 of the scenario's compact JSON serialisation (UTF-8). Hashing the serialised tree
     * rather than the caller's file bytes makes the hash reproducible from the manifest alone.
     */
    public static String scenarioSha256(JsonNode scenario) {
        try {
            return Sha256.of(COMPACT.writeValueAsBytes(scenario));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text (e.g. a scenario file's content) into a tree. */
    public static JsonNode parseJson(String json) throws IOException {
        return COMPACT.readTree(json);
    }

    public static String toJson(RunManifest manifest) throws IOException {
        return MAPPER.writeValueAsString(manifest) + "\n";
    }

    /**
     * Writes {@code manifest.json} into {@code runDirectory}: to a temporary file first, then an
     * atomic rename, so a reader never sees a half-written manifest.
     */
    public static void write(Path runDirectory, RunManifest manifest) throws IOException {
        Path tmp = runDirectory.resolve("." + FILE_NAME + ".tmp");
        Files.write(tmp, toJson(manifest).getBytes(StandardCharsets.UTF_8));
        Files.move(tmp, runDirectory.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    public static RunManifest read(Path runDirectory) throws IOException {
        return MAPPER.readValue(runDirectory.resolve(FILE_NAME).toFile(), RunManifest.class);
    }
}
