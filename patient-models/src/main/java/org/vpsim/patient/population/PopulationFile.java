package org.vpsim.patient.population;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.vpsim.patient.PatientCohort;

/**
 * A population file: the project's patient JSON format (as the built-in {@code uva-padova-2008-patients.json}:
 * {@code model}, {@code source}, {@code patients[]} with the model's parameter fields), plus how it was made:
 * a top-level {@code generator} (command, seed, size, distributions, rejections) and per patient
 * {@code group} and {@code provenance} (seed, index, attempts). Therapy fields that a model derives
 * ({@code basalUnitsPerHour}, and for Hovorka and Bergman CR, CF, TDI) are written for the reader and
 * recomputed on load.
 */
public final class PopulationFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PopulationFile() {
    }

    /** Writes {@code population} to {@code file} atomically (a temporary file moved into place). */
    public static void write(Path file, PopulationGenerator.Population population, String commandLine)
            throws IOException {
        PopulationModel model = population.model();
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model.modelId());
        root.put("source", model.distributionSource());
        ObjectNode gen = root.putObject("generator");
        gen.put("command", commandLine);
        gen.put("seed", population.seed());
        gen.put("size", population.patients().size());
        gen.put("randomStreams", "RandomStreams(seed).stream(\"" + model.modelId() + "#<index>\", POPULATION)");
        ObjectNode rej = gen.putObject("rejections");
        for (int i = 0; i < population.rejections().length; i++) {
            rej.put(PopulationGenerator.Population.REJECTION_REASONS[i], population.rejections()[i]);
        }
        ArrayNode patients = root.putArray("patients");
        for (PopulationGenerator.Accepted a : population.patients()) {
            ObjectNode p = patients.addObject();
            p.put("name", a.candidate().model().patientName());
            if (a.candidate().group() != null) {
                p.put("group", a.candidate().group());
            }
            ObjectNode prov = p.putObject("provenance");
            prov.put("seed", population.seed());
            prov.put("index", a.index());
            prov.put("attempts", a.attempts());
            p.put("basalUnitsPerHour", a.candidate().model().therapy().basalInsulinUnitsPerHour());
            p.setAll(a.candidate().json());
        }
        byte[] bytes = JSON.writeValueAsBytes(root);
        Path absolute = file.toAbsolutePath();
        // A sibling temporary file created with the default permissions (createTempFile would make it owner-only).
        Path tmp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
        boolean moved = false;
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Loads a population file as a cohort; groups are {@code all} and each patient's {@code group}.
     *
     * @param models the population model of a model id (e.g. {@code PatientModels::population})
     * @throws IllegalArgumentException naming the file and the problem in plain words
     */
    public static PatientCohort load(Path file, Function<String, PopulationModel> models) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("patient file " + file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read patient file " + file + ": " + e.getMessage());
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("patient file " + file + " is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read patient file " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("patient file " + file + " is not a JSON object");
        }
        String modelId = root.path("model").asText("");
        if (modelId.isEmpty()) {
            throw new IllegalArgumentException("patient file " + file + ": model is missing");
        }
        PopulationModel model = models.apply(modelId);
        JsonNode patients = root.path("patients");
        if (!patients.isArray() || patients.isEmpty()) {
            throw new IllegalArgumentException("patient file " + file + ": patients is missing or empty");
        }
        List<NamedCohort.Member> members = new ArrayList<>(patients.size());
        for (int i = 0; i < patients.size(); i++) {
            String where = "patient file " + file + ": patients[" + i + "]";
            PopulationModel.Candidate c;
            try {
                c = model.read(patients.get(i), where);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage());
            } catch (IllegalArgumentException e) {
                throw e.getMessage().startsWith(where) ? e : new IllegalArgumentException(where + ": " + e.getMessage());
            }
            members.add(new NamedCohort.Member(c.model(), c.group()));
        }
        try {
            return new NamedCohort(modelId, file.toString() + " (" + root.path("source").asText("") + ")",
                    Sha256.hex(bytes), members);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("patient file " + file + ": " + e.getMessage());
        }
    }
}
