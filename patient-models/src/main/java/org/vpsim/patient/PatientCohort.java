package org.vpsim.patient;

import java.util.List;

/** The named virtual patients of one model, with group names and the checksum of their parameter set. */
public interface PatientCohort {

    /** Model id, e.g. {@code uva-padova-2008}. */
    String modelId();

    /** Every patient name, in cohort order. */
    List<String> patientNames();

    /** Group names (e.g. {@code all}, {@code adults}). */
    List<String> groupNames();

    /**
     * The patients named by {@code nameOrGroup}: a single patient name or a group name.
     *
     * @throws IllegalArgumentException naming the unknown value and listing valid names and groups
     */
    List<PatientModel> resolve(String nameOrGroup);

    /** One patient by name; {@link IllegalArgumentException} (listing valid names) when unknown. */
    PatientModel patient(String name);

    /** SHA-256 (lower-case hex) of the parameter resource, for the run manifest. */
    String parameterSetSha256();

    /** Where the figures come from. */
    String source();
}
