package org.vpsim.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The published schema and reference in docs/ are what the code generates; every field is defined and
 * documented; each documented default is what the record really does. Run with
 * {@code -Dvpsim.updateDocs=true} to rewrite the published files after changing a field.
 */
class ScenarioSchemaTest {
    private static final Path DOCS = Path.of("..", "docs");
    private final ObjectMapper mapper = new ObjectMapper();

    private static void publishedEqualsGenerated(String file, String generated) throws IOException {
        Path p = DOCS.resolve(file);
        if (Boolean.getBoolean("vpsim.updateDocs")) {
            Files.createDirectories(DOCS);
            Files.writeString(p, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(p, StandardCharsets.UTF_8),
                "docs/" + file + " differs from what the code generates; run the scenarios tests with -Dvpsim.updateDocs=true");
    }

    @Test
    void publishedJsonSchemaMatchesTheCode() throws IOException {
        publishedEqualsGenerated("scenario.schema.json", ScenarioSchema.jsonSchemaText());
    }

    @Test
    void publishedReferenceMatchesTheCode() throws IOException {
        publishedEqualsGenerated("scenario-reference.md", ScenarioSchema.referenceMarkdown());
    }

    @Test
    void everyFieldOfEveryRecordIsInTheReferenceAndTheSchema() {
        String md = ScenarioSchema.referenceMarkdown();
        JsonNode schema = ScenarioSchema.jsonSchema();
        int fields = 0;
        for (var e : ScenarioSchema.recordPaths().entrySet()) {
            for (RecordComponent c : e.getKey().getRecordComponents()) {
                String full = (e.getValue().isEmpty() ? "" : e.getValue() + ".") + c.getName();
                assertTrue(md.contains("| `" + full + "` |"), full + " missing from the reference");
                JsonNode def = e.getKey() == Scenario.class ? schema : schema.get("$defs").get(e.getKey().getSimpleName());
                assertTrue(def.get("properties").has(c.getName()), full + " missing from the schema");
                fields++;
            }
        }
        assertTrue(fields > 60, "only " + fields + " fields found");
    }

    /** A record's required fields filled from their examples. */
    private ObjectNode minimal(Class<?> type) throws IOException {
        ObjectNode o = mapper.createObjectNode();
        for (RecordComponent c : type.getRecordComponents()) {
            Field f = FieldRules.field(c);
            if (FieldRules.required(c)) {
                o.set(c.getName(), mapper.readTree(f.example()[0]));
            }
        }
        if (type == BasalSegment.class) {
            o.put("scale", 1.0); // one of unitsPerHour and scale is needed
        }
        if (type == ManualTherapy.class) {
            o.put("durationMinutes", 60); // every manual therapy lasts a set time
            o.put("percent", 50); // a temp basal needs percent or unitsPerHour
        }
        if (type == Cohort.class) {
            o.putArray("patients").add("adults"); // patients is needed unless a file is given
        }
        return o;
    }

    @Test
    void documentedDefaultsAreWhatTheRecordsDo() throws IOException {
        int checked = 0;
        for (Class<?> type : ScenarioSchema.recordPaths().keySet()) {
            ObjectNode base = minimal(type);
            Object withoutField = mapper.treeToValue(base, type);
            for (RecordComponent c : type.getRecordComponents()) {
                Field f = FieldRules.field(c);
                if (f.dflt().isEmpty()) {
                    continue;
                }
                ObjectNode explicit = base.deepCopy();
                explicit.set(c.getName(), mapper.readTree(f.dflt()));
                assertEquals(withoutField, mapper.treeToValue(explicit, type),
                        type.getSimpleName() + "." + c.getName() + ": documented default " + f.dflt() + " is not the default");
                checked++;
            }
        }
        assertTrue(checked > 25, checked + " defaults checked");
    }

    @Test
    void everyExampleOfAnOptionalFieldIsAccepted() throws IOException {
        for (Class<?> type : ScenarioSchema.recordPaths().keySet()) {
            for (RecordComponent c : type.getRecordComponents()) {
                Field f = FieldRules.field(c);
                if (FieldRules.required(c) || c.getName().equals("command") || c.getName().equals("timeoutMillis")
                        || c.getName().equals("durationHours") || c.getName().equals("warmUpMinutes")
                        || c.getName().startsWith("dropoutBurst") || c.getName().equals("predictiveLowMinutes")) {
                    continue; // these need another field's value (external controller, sensor-dropout, sensor
                    // life, the other burst-dropout field: CgmSettingsTest accepts them together)
                }
                for (String example : f.example()) {
                    if (example.equals("\"external\"") || type == BasalSegment.class || type == ManualTherapy.class) {
                        continue; // needs a command / exactly one of unitsPerHour and scale / fields by manual type
                        // (ManualTherapyTest accepts each type's fields together)
                    }
                    ObjectNode o = minimal(type);
                    o.set(c.getName(), mapper.readTree(example));
                    mapper.treeToValue(o, type);
                }
            }
        }
    }
}
