package org.vpsim.patient.uva;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vpsim.patient.PatientCohort;
import org.vpsim.patient.PatientModel;

/**
 * The 30 published UVA/Padova 2008 virtual patients (10 adolescents, 10 adults, 10 children), read from
 * the project's resource {@value #RESOURCE}, whose figures were carried over from simglucose 0.2.11
 * (github.com/jxx123/simglucose, MIT): {@code params/vpatient_params.csv} and {@code params/Quest.csv}.
 *
 * <p>Groups: {@code all}, {@code adolescents}, {@code adults}, {@code children}. Immutable; loaded once.
 */
public final class UvaPadovaCohort implements PatientCohort {
    public static final String MODEL_ID = UvaPadova2008Model.MODEL_ID;
    public static final String RESOURCE = "uva-padova-2008-patients.json";
    private static final List<String> GROUPS = List.of("all", "adolescents", "adults", "children");

    private final String source;
    private final Map<String, UvaPadova2008Model> models;
    private final Map<String, List<PatientModel>> groups;

    /** Initialization-on-demand holder: the resource is parsed once, on first use, thread-safely. */
    private static final class Holder {
        static final UvaPadovaCohort STANDARD = load();
    }

    /**
     * The resource's checksum, computed on first request (a run's manifest): {@code vpsim validate} plans a study
     * without it, and the first SHA-256 of a process (the JCA provider set-up) was ~5 % of that command's main
     * thread (async-profiler, issue 15 round 3).
     */
    private static final class Sha256Holder {
        static final String SHA256 = sha256(readResource());
    }

    private UvaPadovaCohort(String source, List<UvaPadovaPatient> patients) {
        this.source = source;
        Map<String, UvaPadova2008Model> m = new LinkedHashMap<>();
        for (UvaPadovaPatient p : patients) {
            if (m.put(p.name(), new UvaPadova2008Model(p)) != null) {
                throw new IllegalStateException(RESOURCE + ": duplicate patient " + p.name());
            }
        }
        this.models = Collections.unmodifiableMap(m);
        Map<String, List<PatientModel>> g = new LinkedHashMap<>();
        g.put("all", List.copyOf(m.values()));
        g.put("adolescents", byPrefix("adolescent#"));
        g.put("adults", byPrefix("adult#"));
        g.put("children", byPrefix("child#"));
        this.groups = Collections.unmodifiableMap(g);
    }

    /** The standard 30-patient cohort. */
    public static UvaPadovaCohort standard() {
        return Holder.STANDARD;
    }

    private List<PatientModel> byPrefix(String prefix) {
        List<PatientModel> out = new ArrayList<>();
        for (UvaPadova2008Model m : models.values()) {
            if (m.patientName().startsWith(prefix)) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public List<String> patientNames() {
        return List.copyOf(models.keySet());
    }

    @Override
    public List<String> groupNames() {
        return GROUPS;
    }

    @Override
    public List<PatientModel> resolve(String nameOrGroup) {
        List<PatientModel> group = groups.get(nameOrGroup);
        if (group != null) {
            return group;
        }
        return List.of(patient(nameOrGroup));
    }

    @Override
    public UvaPadova2008Model patient(String name) {
        UvaPadova2008Model m = name == null ? null : models.get(name);
        if (m == null) {
            throw new IllegalArgumentException("unknown patient '" + name + "' for model " + MODEL_ID
                    + "; valid names: " + String.join(", ", models.keySet())
                    + "; groups: " + String.join(", ", GROUPS));
        }
        return m;
    }

    /** All 30 patients' data. */
    public List<UvaPadovaPatient> patients() {
        List<UvaPadovaPatient> out = new ArrayList<>();
        models.values().forEach(m -> out.add(m.patient()));
        return List.copyOf(out);
    }

    @Override
    public String parameterSetSha256() {
        return Sha256Holder.SHA256; // the only instance is the standard cohort, made from this resource
    }

    @Override
    public String source() {
        return source;
    }

    private static byte[] readResource() {
        try (InputStream in = UvaPadovaCohort.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    private static UvaPadovaCohort load() {
        byte[] bytes = readResource();
        try {
            JsonNode root = new ObjectMapper().readTree(bytes);
            if (!MODEL_ID.equals(root.path("model").asText())) {
                throw new IllegalStateException(RESOURCE + ": model is '" + root.path("model").asText() + "'");
            }
            List<UvaPadovaPatient> patients = new ArrayList<>();
            for (JsonNode p : root.path("patients")) {
                patients.add(parsePatient(p));
            }
            if (patients.size() != 30) {
                throw new IllegalStateException(RESOURCE + ": expected 30 patients, found " + patients.size());
            }
            return new UvaPadovaCohort(root.path("source").asText(), patients);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse resource " + RESOURCE, e);
        }
    }

    private static UvaPadovaPatient parsePatient(JsonNode p) {
        return patientFromJson(p, RESOURCE);
    }

    /**
     * One patient in the project's patient JSON format (the fields of {@value #RESOURCE}: name, the parameter
     * symbols of simglucose's table, x0, CR, CF, Age, TDI).
     *
     * @param where names the file in error messages
     * @throws IllegalStateException naming {@code where}, the patient and the missing field
     */
    public static UvaPadovaPatient patientFromJson(JsonNode p, String where) {
        String name = p.path("name").asText();
        UvaPadovaParameters params = new UvaPadovaParameters(
                num(p, where, name, "BW"), num(p, where, name, "kmax"), num(p, where, name, "kmin"),
                num(p, where, name, "b"), num(p, where, name, "d"), num(p, where, name, "kabs"),
                num(p, where, name, "f"), num(p, where, name, "kp1"), num(p, where, name, "kp2"),
                num(p, where, name, "kp3"), num(p, where, name, "Fsnc"), num(p, where, name, "ke1"),
                num(p, where, name, "ke2"), num(p, where, name, "k1"), num(p, where, name, "k2"),
                num(p, where, name, "Vm0"), num(p, where, name, "Vmx"), num(p, where, name, "Km0"),
                num(p, where, name, "m1"), num(p, where, name, "m2"), num(p, where, name, "m4"),
                num(p, where, name, "m30"), num(p, where, name, "Vi"), num(p, where, name, "Ib"),
                num(p, where, name, "p2u"), num(p, where, name, "ki"), num(p, where, name, "ka1"),
                num(p, where, name, "ka2"), num(p, where, name, "kd"), num(p, where, name, "ksc"),
                num(p, where, name, "Vg"), num(p, where, name, "u2ss"));
        JsonNode x0 = p.path("x0");
        double[] state = new double[x0.size()];
        for (int i = 0; i < state.length; i++) {
            state[i] = x0.get(i).doubleValue();
        }
        return new UvaPadovaPatient(name, params, state, num(p, where, name, "CR"), num(p, where, name, "CF"),
                num(p, where, name, "Age"), num(p, where, name, "TDI"));
    }

    /** Writes {@code patient} in the format {@link #patientFromJson} reads (without the name). */
    public static void patientToJson(UvaPadovaPatient patient, ObjectNode out) {
        UvaPadovaParameters q = patient.parameters();
        out.put("BW", q.bodyWeightKg()).put("kmax", q.kmaxPerMin()).put("kmin", q.kminPerMin()).put("b", q.b())
                .put("d", q.d()).put("kabs", q.kabsPerMin()).put("f", q.f()).put("kp1", q.kp1MgPerKgMin())
                .put("kp2", q.kp2PerMin()).put("kp3", q.kp3MgPerKgMinPerPmolL()).put("Fsnc", q.fsncMgPerKgMin())
                .put("ke1", q.ke1PerMin()).put("ke2", q.ke2MgPerKg()).put("k1", q.k1PerMin())
                .put("k2", q.k2PerMin()).put("Vm0", q.vm0MgPerKgMin()).put("Vmx", q.vmxMgPerKgMinPerPmolL())
                .put("Km0", q.km0MgPerKg()).put("m1", q.m1PerMin()).put("m2", q.m2PerMin())
                .put("m4", q.m4PerMin()).put("m30", q.m30PerMin()).put("Vi", q.viLPerKg())
                .put("Ib", q.ibPmolPerL()).put("p2u", q.p2uPerMin()).put("ki", q.kiPerMin())
                .put("ka1", q.ka1PerMin()).put("ka2", q.ka2PerMin()).put("kd", q.kdPerMin())
                .put("ksc", q.kscPerMin()).put("Vg", q.vgDlPerKg()).put("u2ss", q.u2ssPmolPerKgMin());
        ArrayNode x0 = out.putArray("x0");
        for (double v : patient.initialState()) {
            x0.add(v);
        }
        out.put("CR", patient.carbRatioGramsPerUnit()).put("CF", patient.correctionFactorMgDlPerUnit())
                .put("Age", patient.ageYears()).put("TDI", patient.totalDailyInsulinUnits());
    }

    private static double num(JsonNode p, String where, String name, String field) {
        JsonNode v = p.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalStateException(where + ": patient " + name + " lacks numeric field " + field);
        }
        return v.doubleValue();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
