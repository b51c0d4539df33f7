package org.vpsim.scenario.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.scenario.model.Problem;
import org.vpsim.scenario.model.Scenario;
import org.vpsim.scenario.model.ScenarioException;
import org.vpsim.scenario.model.ScenarioLibrary;
import org.vpsim.scenario.model.ScenarioReader;
import org.vpsim.scenario.run.PatientSimulation;
import org.vpsim.scenario.run.StudyPlan;

/**
 * Seeded mutation fuzzing of the scenario format. Thousands of scenarios are derived from the built-ins by
 * 1–3 random edits each (weird values in place of any field, numbers scaled by 10^±15, fields removed or
 * invented, lists emptied or repeated up to 2,000 times, values wrapped in lists or objects, and — for a few
 * — the text cut, spliced with junk bytes or followed by a second document). Every mutant must end in one of
 * two ways:
 * <ul>
 *   <li>a clean refusal: a {@link ScenarioException} only, every problem with a field path (or, for a file
 *       that is not JSON, naming the file), no Java or Jackson names in the text; or</li>
 *   <li>a valid study, of which the first {@value #RUNS} are run (one patient, first arm, at most one day)
 *       to completion inside a time bound with finite glucose.</li>
 * </ul>
 * Mutations: {@code -Dvpsim.fuzz.mutations=N} (default {@value #DEFAULT_MUTATIONS}); seed
 * {@code -Dvpsim.fuzz.seed}. A failure prints the mutant.
 */
class ScenarioFuzzTest {
    static final int DEFAULT_MUTATIONS = 4000;
    static final int RUNS = 120;
    private final int runsWanted = Integer.getInteger("vpsim.fuzz.runs", RUNS);
    /** Words that must never reach a user: Java and Jackson type names, stack traces. */
    static final Pattern JAVA_WORDS = Pattern.compile(
            "java\\.|jackson|fasterxml|Exception|org\\.vpsim|\\bclass\\b|ArrayList|LinkedHashMap|\\bInteger\\b"
                    + "|\\bLong\\b|\\bDouble\\b|\\bdouble\\b(?!-quote)|\\bint\\b|`|\\bat [a-z]+\\.[a-z]+\\(|START_OBJECT|VALUE_");

    private final ObjectMapper mapper = new ObjectMapper();
    private long parseNanos;
    private long checkNanos;
    private final ScenarioReader reader = new ScenarioReader();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    @Test
    void everyMutantIsRefusedCleanlyOrRunsToCompletion() throws Exception {
        int mutations = Integer.getInteger("vpsim.fuzz.mutations", DEFAULT_MUTATIONS);
        SplittableRandom rng = new SplittableRandom(Long.getLong("vpsim.fuzz.seed", 20261201L));
        ScenarioLibrary lib = new ScenarioLibrary();
        List<JsonNode> seeds = new ArrayList<>();
        for (String name : lib.names()) {
            seeds.add(mapper.readTree(lib.text(name)));
        }
        seeds.add(withEveryOptionalSwitch((ObjectNode) mapper.readTree(lib.text(ScenarioLibrary.DEFAULT))));
        List<JsonNode> strings = new ArrayList<>();
        for (JsonNode s : seeds) {
            collectStrings(s, strings);
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        int runs = 0;
        for (int m = 0; m < mutations; m++) {
            JsonNode doc = seeds.get(rng.nextInt(seeds.size())).deepCopy();
            int edits = 1 + rng.nextInt(3);
            for (int e = 0; e < edits; e++) {
                doc = mutate(doc, rng, strings);
            }
            byte[] text = mapper.writeValueAsBytes(doc);
            boolean textLevel = rng.nextInt(20) == 0;
            if (textLevel) {
                text = mangleText(text, rng);
            }
            String mutant = new String(text, StandardCharsets.UTF_8);
            StudyPlan plan;
            long t0 = System.nanoTime();
            try {
                Scenario parsed = reader.parse(mutant);
                parseNanos += System.nanoTime() - t0;
                plan = StudyPlan.of(parsed);
            } catch (ScenarioException e) {
                checkNanos += System.nanoTime() - t0;
                checkClean(e, textLevel, mutant);
                outcomes.merge(textLevel ? "refused (text)" : "refused", 1, Integer::sum);
                continue;
            } catch (RuntimeException e) {
                fail("mutant " + m + " escaped validation with " + e + "\n" + mutant, e);
                return;
            }
            checkNanos += System.nanoTime() - t0;
            outcomes.merge("valid", 1, Integer::sum);
            if (runs < runsWanted && runBounded(plan, mutant)) {
                runs++;
            }
        }
        outcomes.put("run", runs);
        System.out.printf("scenario fuzz: %d mutants %s; validation %.1f s (reading %.1f s)%n", mutations, outcomes,
                checkNanos / 1e9, parseNanos / 1e9);
        assertTrue(outcomes.getOrDefault("refused", 0) > mutations / 4, "the mutator hardly breaks anything: " + outcomes);
        assertTrue(outcomes.getOrDefault("valid", 0) > mutations / 20, "the mutator hardly leaves anything valid: " + outcomes);
        assertTrue(runs >= Math.min(runsWanted, outcomes.getOrDefault("valid", 0) / 2), "too few runs: " + outcomes);
    }

    private void checkClean(ScenarioException e, boolean textLevel, String mutant) {
        assertFalse(e.problems().isEmpty());
        for (Problem p : e.problems()) {
            String text = p.describe();
            // The value and path echo what the user wrote; what vpsim says is in allowed and hint.
            // Single-quoted parts of a parser message quote the file ('`' (code 96)).
            if (JAVA_WORDS.matcher((p.allowed() + " " + p.hint()).replaceAll("'[^']*'", "")).find()) {
                fail("refusal speaks Java: " + text + "\n" + mutant);
            }
            if (p.path().isEmpty() && !(textLevel || text.startsWith("scenario "))) {
                fail("refusal without a field path: " + text + "\n" + mutant);
            }
        }
    }

    /** Runs one patient in the first arm for at most a day; false when the shortened study is not valid. */
    private boolean runBounded(StudyPlan plan, String mutant) {
        Scenario s = plan.scenario();
        StudyPlan shortPlan;
        try {
            shortPlan = s.durationDays() > 1 ? StudyPlan.of(s.withDurationDays(1)) : plan;
        } catch (ScenarioException e) {
            return false; // e.g. a fault after hour 24: valid only at the full length
        }
        Scenario run = shortPlan.scenario();
        List<TimeseriesRow> rows = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                return PatientSimulation.run(run, run.arms().get(0), shortPlan.patients().get(0)).rows();
            } catch (RuntimeException e) {
                throw new AssertionError("a valid mutant failed to run: " + e + "\n" + mutant, e);
            }
        }, () -> "a valid mutant did not finish a patient-day in 60 s:\n" + mutant);
        assertTrue(rows.size() >= 1, mutant);
        for (TimeseriesRow r : rows) {
            assertTrue(Double.isFinite(r.glucoseMgDl()), "non-finite glucose in a valid mutant:\n" + mutant);
        }
        return true;
    }

    /**
     * A built-in with the fields the built-ins leave out set to their documented examples (the realism switches'
     * sub-fields, the insulin curve, the CGM noise model), so the mutator reaches them too.
     */
    private ObjectNode withEveryOptionalSwitch(ObjectNode doc) throws java.io.IOException {
        doc.put("therapySettings", "titrated");
        doc.set("person", examples(org.vpsim.scenario.model.PersonSettings.class).put("enabled", true));
        doc.set("variability", examples(org.vpsim.scenario.model.VariabilitySettings.class).put("enabled", true));
        doc.put("deviceCalibration", "bench");
        for (JsonNode arm : doc.get("arms")) {
            ObjectNode pump = arm.has("pump") ? (ObjectNode) arm.get("pump") : ((ObjectNode) arm).putObject("pump");
            pump.set("insulinCurve", examples(org.vpsim.scenario.model.InsulinCurveSettings.class));
            ObjectNode cgm = arm.has("cgm") ? (ObjectNode) arm.get("cgm") : ((ObjectNode) arm).putObject("cgm");
            cgm.put("noiseModel", "vettoretti-2019");
        }
        reader.parse(mapper.writeValueAsString(doc)); // the seed itself is valid
        return doc;
    }

    /** Every field of {@code type} set to its first documented example. */
    private ObjectNode examples(Class<?> type) throws java.io.IOException {
        ObjectNode o = mapper.createObjectNode();
        for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
            o.set(c.getName(), mapper.readTree(org.vpsim.scenario.model.FieldRules.field(c).example()[0]));
        }
        return o;
    }

    // ---- the mutator ----

    private static final String[] WEIRD_TEXT = {"", " ", "x", "25:00", "07:60", "7:00", "-999999999-01-01T00:00:00Z",
        "+999999999-12-31T23:59:59Z", "2026-02-30T00:00:00Z", "NaN", "Infinity", "null", "adult#999", "ALL", "external",
        "../../etc", "a/b", "\u0000", "\uFFFF", "é", "occlusion", "sensor-dropout", "minimed5xx", "basal-only"};

    private JsonNode weird(SplittableRandom rng, List<JsonNode> strings) {
        return switch (rng.nextInt(22)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.booleanNode(rng.nextBoolean());
            case 2 -> nodes.numberNode(0);
            case 3 -> nodes.numberNode(-1);
            case 4 -> nodes.numberNode(1.5);
            case 5 -> nodes.numberNode(1e308);
            case 6 -> nodes.numberNode(-1e308);
            case 7 -> nodes.numberNode(1e-9);
            case 8 -> nodes.numberNode(1e19);
            case 9 -> nodes.numberNode(Long.MAX_VALUE);
            case 10 -> nodes.numberNode(new BigInteger("1000000000000000000000000000000"));
            case 11 -> nodes.numberNode(Double.MIN_VALUE);
            case 12 -> nodes.arrayNode();
            case 13 -> nodes.objectNode();
            case 14 -> nodes.textNode("x".repeat(1 + rng.nextInt(5000)));
            case 15, 16 -> nodes.textNode(WEIRD_TEXT[rng.nextInt(WEIRD_TEXT.length)]);
            case 17, 18 -> strings.get(rng.nextInt(strings.size())).deepCopy();
            case 19 -> nodes.numberNode(rng.nextInt(2000) - 1000);
            case 20 -> nodes.numberNode(rng.nextDouble() * 100);
            default -> nodes.numberNode(Integer.MAX_VALUE);
        };
    }

    private JsonNode mutate(JsonNode root, SplittableRandom rng, List<JsonNode> strings) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        ContainerNode<?> parent = (ContainerNode<?>) containers.get(rng.nextInt(containers.size()));
        int op = rng.nextInt(9);
        if (parent instanceof ObjectNode o) {
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            if (keys.isEmpty() || op == 7) {
                o.set(rng.nextBoolean() ? "extra" + rng.nextInt(10) : WEIRD_TEXT[rng.nextInt(WEIRD_TEXT.length)],
                        weird(rng, strings));
                return root;
            }
            String key = keys.get(rng.nextInt(keys.size()));
            if (op == 8) {
                o.remove(key);
            } else {
                o.set(key, change(o.get(key), op, rng, strings));
            }
        } else {
            ArrayNode a = (ArrayNode) parent;
            if (a.isEmpty() || op == 7) {
                a.add(a.isEmpty() ? weird(rng, strings) : a.get(rng.nextInt(a.size())).deepCopy());
                return root;
            }
            int i = rng.nextInt(a.size());
            if (op == 8) {
                a.remove(i);
            } else if (op == 6) {
                int copies = rng.nextInt(4) == 0 ? 1 + rng.nextInt(2000) : 1 + rng.nextInt(3);
                for (int c = 0; c < copies; c++) {
                    a.add(a.get(i).deepCopy());
                }
            } else {
                a.set(i, change(a.get(i), op, rng, strings));
            }
        }
        return root;
    }

    private JsonNode change(JsonNode v, int op, SplittableRandom rng, List<JsonNode> strings) {
        if (v.isNumber() && op < 4) {
            double d = v.doubleValue();
            return switch (op) {
                case 0 -> nodes.numberNode(d * Math.pow(10, rng.nextInt(31) - 15));
                case 1 -> nodes.numberNode(-d);
                case 2 -> nodes.numberNode(d + 0.5);
                default -> nodes.numberNode(d * (0.5 + rng.nextDouble() * 2));
            };
        }
        if (op == 5) {
            return rng.nextBoolean() ? nodes.arrayNode().add(v) : nodes.objectNode().set("value", v);
        }
        if (v.isTextual() && op < 3) {
            String s = v.textValue();
            if (s.isEmpty()) {
                return nodes.textNode("?");
            }
            int i = rng.nextInt(s.length());
            return nodes.textNode(s.substring(0, i) + (char) ('0' + rng.nextInt(75)) + s.substring(i + 1));
        }
        return weird(rng, strings);
    }

    private byte[] mangleText(byte[] text, SplittableRandom rng) {
        switch (rng.nextInt(4)) {
            case 0:
                return java.util.Arrays.copyOf(text, rng.nextInt(text.length));
            case 1: {
                byte[] out = text.clone();
                for (int k = 0; k < 1 + rng.nextInt(5); k++) {
                    out[rng.nextInt(out.length)] = (byte) rng.nextInt(256);
                }
                return out;
            }
            case 2: {
                byte[] out = java.util.Arrays.copyOf(text, text.length * 2);
                System.arraycopy(text, 0, out, text.length, text.length);
                return out;
            }
            default: {
                byte[] junk = new byte[1 + rng.nextInt(300)];
                rng.nextBytes(junk);
                return junk;
            }
        }
    }

    private static void collectContainers(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                collectContainers(it.next(), out);
            }
        }
    }

    private static void collectStrings(JsonNode n, List<JsonNode> out) {
        if (n.isTextual() && n.textValue().length() < 40) {
            out.add(n);
        }
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
            collectStrings(it.next(), out);
        }
    }
}
