package org.vpsim.scenario.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario format described from the {@link Field} definitions of the records: a JSON Schema
 * (draft 2020-12) for editors and other tools, and the Markdown reference page. Both are published in
 * {@code docs/} and a test holds them equal to what this class generates, so they cannot drift.
 */
public final class ScenarioSchema {
    /** A scenario file may name its schema for editor completion: {@code "$schema": "…/scenario.schema.json"}. */
    public static final String SCHEMA_KEY = "$schema";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioSchema() {
    }

    /** The record types of the format with the path where each appears ({@code arms[].pump}), top level first. */
    public static Map<Class<?>, String> recordPaths() {
        Map<Class<?>, String> out = new LinkedHashMap<>();
        collect(Scenario.class, "", out);
        return out;
    }

    private static void collect(Class<?> type, String path, Map<Class<?>, String> out) {
        if (out.containsKey(type)) {
            return;
        }
        out.put(type, path);
        for (RecordComponent c : type.getRecordComponents()) {
            Type t = c.getGenericType();
            String child = (path.isEmpty() ? "" : path + ".") + c.getName();
            if (FieldRules.kind(t) == FieldRules.Kind.ARRAY) {
                t = FieldRules.itemType(t);
                child += "[]";
            }
            if (FieldRules.kind(t) == FieldRules.Kind.RECORD) {
                collect(FieldRules.raw(t), child, out);
            }
        }
    }

    /** The JSON Schema text (2-space indented, trailing newline). */
    public static String jsonSchemaText() {
        try {
            return JSON.writeValueAsString(jsonSchema()).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode jsonSchema() {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://github.com/vpsim/vpsim/docs/scenario.schema.json");
        root.put("title", "vpsim scenario");
        root.put("description", "A vpsim in-silico trial protocol. Generated from the scenario records"
                + " (org.vpsim.scenario.model); see docs/scenario-reference.md.");
        ObjectNode top = recordSchema(Scenario.class);
        ((ObjectNode) top.get("properties")).putObject(SCHEMA_KEY).put("type", "string")
                .put("description", "The JSON Schema of this file, for editors.");
        root.setAll(top);
        ObjectNode defs = root.putObject("$defs");
        for (Class<?> t : recordPaths().keySet()) {
            if (t != Scenario.class) {
                defs.set(t.getSimpleName(), recordSchema(t));
            }
        }
        return root;
    }

    private static ObjectNode recordSchema(Class<?> type) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "object");
        ObjectNode props = o.putObject("properties");
        ArrayNode required = JSON.createArrayNode();
        for (RecordComponent c : type.getRecordComponents()) {
            Field f = FieldRules.field(c);
            ObjectNode p = props.putObject(c.getName());
            p.put("description", f.doc() + (f.unit().isEmpty() ? "" : " Unit: " + f.unit() + "."));
            typeSchema(p, c.getGenericType(), f);
            if (!f.dflt().isEmpty()) {
                p.set("default", parse(f.dflt()));
            }
            if (f.example().length > 0) {
                ArrayNode ex = p.putArray("examples");
                for (String e : f.example()) {
                    ex.add(parse(e));
                }
            }
            if (FieldRules.required(c)) {
                required.add(c.getName());
            }
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        o.put("additionalProperties", false);
        return o;
    }

    private static void typeSchema(ObjectNode p, Type type, Field f) {
        switch (FieldRules.kind(type)) {
            case NUMBER, INTEGER -> {
                p.put("type", FieldRules.kind(type) == FieldRules.Kind.NUMBER ? "number" : "integer");
                if (f.min() != Double.NEGATIVE_INFINITY) {
                    number(p, f.minExclusive() ? "exclusiveMinimum" : "minimum", f.min());
                }
                if (f.max() != Double.POSITIVE_INFINITY) {
                    number(p, "maximum", f.max());
                }
            }
            case STRING -> {
                p.put("type", "string");
                if (f.values().length > 0) {
                    ArrayNode e = p.putArray("enum");
                    for (String v : f.values()) {
                        e.add(v);
                    }
                }
                if (!f.pattern().isEmpty()) {
                    p.put("pattern", "^(?:" + f.pattern() + ")$");
                }
                if (!f.format().isEmpty()) {
                    p.put("format", f.format());
                }
            }
            case BOOLEAN -> p.put("type", "boolean");
            case OBJECT -> p.put("type", "object");
            case RECORD -> p.put("$ref", "#/$defs/" + FieldRules.raw(type).getSimpleName());
            case ARRAY -> {
                p.put("type", "array");
                ObjectNode items = p.putObject("items");
                typeSchema(items, FieldRules.itemType(type), f);
                if (f.minItems() > 0) {
                    p.put("minItems", f.minItems());
                }
                if (f.maxItems() != Integer.MAX_VALUE) {
                    p.put("maxItems", f.maxItems());
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private static void number(ObjectNode p, String key, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            p.put(key, (long) v);
        } else {
            p.put(key, v);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a @Field default or example is not JSON: " + json, e);
        }
    }

    /** The Markdown reference page: every field of every object, its meaning, unit, default, range, example. */
    public static String referenceMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Scenario reference\n\n")
          .append("<!-- Generated from the @Field definitions in scenarios/src/main/java/org/vpsim/scenario/model/"
                  + " by ScenarioSchema; do not edit by hand. Regenerate: see docs/scenarios.md. -->\n\n")
          .append("Every field of a scenario file. A field without a default is required unless the text says when it"
                  + " may be left out; `null` is never accepted (leave the field out instead). Unknown fields are"
                  + " refused. The machine-readable form of this page is [scenario.schema.json](scenario.schema.json)"
                  + " (`vpsim scenarios schema`).\n\n");
        for (Map.Entry<Class<?>, String> e : recordPaths().entrySet()) {
            Class<?> type = e.getKey();
            String path = e.getValue();
            md.append("## ").append(path.isEmpty() ? "Top level" : "`" + path + "`").append("\n\n");
            String anchorDoc = classDoc(type);
            if (!anchorDoc.isEmpty()) {
                md.append(anchorDoc).append("\n\n");
            }
            md.append("| field | meaning | unit | default | allowed | example |\n|---|---|---|---|---|---|\n");
            for (RecordComponent c : type.getRecordComponents()) {
                Field f = FieldRules.field(c);
                String full = (path.isEmpty() ? "" : path + ".") + c.getName();
                md.append("| `").append(full).append("` | ").append(cell(f.doc()))
                  .append(" | ").append(cell(f.unit()))
                  .append(" | ").append(FieldRules.required(c) ? "required" : f.dflt().isEmpty() ? "—" : "`" + cell(f.dflt()) + "`")
                  .append(" | ").append(cell(FieldRules.allowed(f, c.getGenericType())))
                  .append(" | ").append(f.example().length == 0 ? "" : "`" + cell(f.example()[0]) + "`")
                  .append(" |\n");
            }
            md.append('\n');
            if (type == PumpSettings.class) {
                md.append("The effective pump (model defaults, these fields and `spec` together) must also stay within"
                        + " these physical limits (checked when the study is planned; names are `PumpSpec` names,"
                        + " usable in `spec`):\n\n| pump parameter | allowed |\n|---|---|\n");
                for (String[] row : DeviceRules.limitsTable()) {
                    md.append("| `").append(row[0]).append("` | ").append(row[1]).append(" |\n");
                }
                md.append("\nand: `lowReservoirAlertUnits` and `occlusionAlarmThresholdUnits` at most the reservoir fill;"
                        + " `primeUnits` + `fillCannulaUnits` less than the fill; every basal rate (absolute, or"
                        + " `scale` × each patient's own basal) at most `maxBasalUnitsPerHour`; `bolusIncrementUnits`"
                        + " a whole number of strokes.\n\n");
            }
        }
        return md.toString();
    }

    private static String classDoc(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "Scenario" -> "The protocol as a whole. therapySettings, person, variability and deviceCalibration"
                    + " make the cohort plausible (titrated therapy, a person who behaves, physiology that varies,"
                    + " bench-calibrated devices); turn them to \"published\", {\"enabled\": false} and \"legacy\""
                    + " for the idealised study of earlier versions.";
            case "Cohort" -> "Who is simulated: patients of the model's built-in cohort, or of a patient file. A"
                    + " patient named twice (directly or through a group) runs once.";
            case "MealPlan" -> "The meals, the same for every arm (common random numbers).";
            case "FixedMeal" -> "A meal eaten every day at the same clock time.";
            case "RandomMeal" -> "A meal slot drawn every day for each patient: eaten with `probability`; start time"
                    + " normal around `meanTime` (SD `timeSdMinutes`) truncated to [`earliestTime`, `latestTime`]; size"
                    + " normal (`meanCarbsGrams`, `sdCarbsGrams`) truncated to [`minCarbsGrams`, `maxCarbsGrams`] and"
                    + " rounded to whole grams (the randomized-meal protocol used with simglucose).";
            case "Arm" -> "One therapy: devices and algorithm. Arms share meals and noise, so their difference is the therapy.";
            case "PumpSettings" -> "The insulin pump. Every field is optional and overrides the pump `model`'s default.";
            case "BasalSegment" -> "One segment of the basal profile, from `start` until the next segment's start."
                    + " Give exactly one of `unitsPerHour` and `scale`.";
            case "CgmSettings" -> "The continuous glucose monitor.";
            case "ManualTherapy" -> "One thing the person programs on the pump by hand at a given time: a temp basal"
                    + " (percent or absolute), an extended or dual-wave bolus, or a suspend for a set time. The pump"
                    + " executes it and logs it; what the pump's limits forbid (temp basal percent and rate, bolus size,"
                    + " extended duration) is refused before the run.";
            case "CgmAlerts" -> "CGM alerts the person answers after a drawn response time: a low is checked and"
                    + " treated, a high checked and corrected (and, with person.suspectSetAfterMinutes, the set changed"
                    + " when a correction does not bring it down). Dexcom G6-like repeats. Events ALERT_LOW,"
                    + " ALERT_PREDICTED_LOW, ALERT_HIGH, ALERT_RESPONSE.";
            case "FaultRates" -> "Faults drawn at rates from their own random sub-streams (the same in every arm):"
                    + " per meal, per day or per set change. Each fault is an event.";
            case "InsulinCurveSettings" -> "The bolus wizard's insulin action curve (\"active insulin time\"): the pump"
                    + " computes insulin on board with it and controllers are told it. exponential is the Loop/oref0"
                    + " curve (peak 75 min, duration 360 min for rapid-acting insulin in adults); bilinear is oref0's"
                    + " Walsh-like curve, whose peak is fixed at duration × 75/180.";
            case "PersonSettings" -> "The simulated person who wears the pump: treats lows with rescue carbs, sometimes"
                    + " misses or delays a meal bolus, enters fewer carbs at a low reading, corrects highs; a companion"
                    + " treats severe hypoglycaemia. Random choices come from each patient's own stream. Sources of the"
                    + " defaults are in the javadoc of PersonSettings (ADA Standards of Care 2024, Battelino et al."
                    + " 2019, ISPAD 2018, Burdick et al. 2004).";
            case "SleepSettings" -> "The person's night: asleep between bedtime and wake time, the person does not"
                    + " look at the CGM (no rescue carbs, no corrections) unless a CGM alert wakes them (a probability"
                    + " per sounding) or the low itself does (a probability per episode); woken, they act as by day"
                    + " for awakeMinutes. Events PERSON_WOKE, ALERT_SLEPT_THROUGH. Sources in the javadoc of"
                    + " SleepSettings (Buckingham et al. 2005, Schultes et al. 2007, Hirshkowitz et al. 2015).";
            case "VariabilitySettings" -> "Intra-patient physiological variability, each part switchable; a missing"
                    + " field takes the standard value (sources in the javadoc of VariabilityParameters).";
            case "ControllerSettings" -> "The therapy algorithm. `settings` are checked by the controller's provider"
                    + " when the study is planned; see docs/models-and-devices.md for the built-in controllers' settings.";
            case "Fault" -> "A device fault at a given time, for all arms and patients or only those named.";
            default -> "";
        };
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** All record types, for tests. */
    static List<Class<?>> recordTypes() {
        return new ArrayList<>(recordPaths().keySet());
    }
}
