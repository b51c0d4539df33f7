package org.vpsim.patient.population;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.rng.UniformRandomProvider;
import org.vpsim.patient.PatientModel;

/**
 * How one patient model samples virtual patients from its parameter distributions and reads/writes them in the
 * project's patient JSON format. Implementations are stateless.
 */
public interface PopulationModel {

    /** The model id, e.g. {@code hovorka-2004}. */
    String modelId();

    /** Where the distributions come from (paper, table) and how they were fitted or truncated. */
    String distributionSource();

    /** Whether the model has distributions to sample ({@link #draw}); a model may only read patient files. */
    default boolean samples() {
        return true;
    }

    /**
     * Draws one candidate patient number {@code index} (0-based) from {@code rng}.
     *
     * @throws IllegalArgumentException when the draw has no steady state (the message says why)
     */
    Candidate draw(UniformRandomProvider rng, int index);

    /**
     * Reads one patient of a population file.
     *
     * @param where names the file and the patient's position for error messages
     * @throws IllegalArgumentException naming {@code where} and the missing or bad field
     */
    Candidate read(JsonNode patient, String where);

    /**
     * A patient and how it is written.
     *
     * @param model the patient
     * @param group its group label (e.g. {@code adults}), or null
     * @param json  its parameter fields in the patient JSON format (without name, group and provenance)
     */
    record Candidate(PatientModel model, String group, ObjectNode json) {
    }
}
