package org.vpsim.results.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vpsim.results.SummaryColumns;

/**
 * Reads an evidence spec ({@code NAME.evidence.json}, format in {@code docs/evidence.md}). Strict: an
 * unknown field, a missing one, a wrong type or an unknown metric is refused with an
 * {@link IllegalArgumentException} whose message names the source, the field path and what is allowed.
 */
public final class EvidenceSpecReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP = Set.of("study", "trial", "baselineArm", "treatmentArm", "endpoints", "seeds",
            "note");
    private static final Set<String> ENDPOINT = Set.of("metric", "label", "unit", "published", "direction", "tolerance",
            "note");
    private static final Set<String> PUBLISHED = Set.of("baseline", "treatment", "effect", "value");

    private EvidenceSpecReader() {
    }

    /**
     * Parses a spec.
     *
     * @param json   the file's text
     * @param source how to name the file in messages (e.g. {@code built-in pump-vs-mdi.evidence.json})
     */
    public static EvidenceSpec read(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON (line " + e.getLocation().getLineNr() + ")");
        }
        try {
            return spec(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static EvidenceSpec spec(JsonNode root) {
        object(root, "", TOP);
        List<EvidenceSpec.Endpoint> endpoints = new ArrayList<>();
        JsonNode list = required(root, "", "endpoints");
        if (!list.isArray()) {
            throw new IllegalArgumentException("endpoints: expected a list of endpoints");
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "endpoints[" + i + "]";
            try {
                endpoints.add(endpoint(list.get(i), at));
            } catch (IllegalArgumentException e) {
                throw prefixed(at, e);
            }
        }
        JsonNode seedNode = required(root, "", "seeds");
        if (!seedNode.isArray()) {
            throw new IllegalArgumentException("seeds: expected a list of whole numbers");
        }
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < seedNode.size(); i++) {
            JsonNode s = seedNode.get(i);
            if (!s.isIntegralNumber() || !s.canConvertToLong()) {
                throw new IllegalArgumentException("seeds[" + i + "]: found " + s + "; expected a whole number");
            }
            seeds.add(s.longValue());
        }
        return new EvidenceSpec(text(root, "", "study", true), text(root, "", "trial", true),
                text(root, "", "baselineArm", true), text(root, "", "treatmentArm", true), endpoints, seeds,
                text(root, "", "note", false));
    }

    private static EvidenceSpec.Endpoint endpoint(JsonNode n, String at) {
        object(n, at, ENDPOINT);
        String metric = text(n, at, "metric", true);
        try {
            SummaryColumns.byName(metric);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ".metric: " + e.getMessage());
        }
        JsonNode p = required(n, at, "published");
        String pAt = at + ".published";
        object(p, pAt, PUBLISHED);
        EvidenceSpec.EffectType effect = choice(EvidenceSpec.EffectType.class, text(p, pAt, "effect", true),
                pAt + ".effect");
        EvidenceSpec.Published published = new EvidenceSpec.Published(number(p, pAt, "baseline", false),
                number(p, pAt, "treatment", false), effect, number(p, pAt, "value", false));
        EvidenceSpec.Direction direction = choice(EvidenceSpec.Direction.class, text(n, at, "direction", true),
                at + ".direction");
        return new EvidenceSpec.Endpoint(metric, text(n, at, "label", true), text(n, at, "unit", false), published,
                direction, number(n, at, "tolerance", false), text(n, at, "note", false));
    }

    private static IllegalArgumentException prefixed(String at, IllegalArgumentException e) {
        String m = e.getMessage();
        return new IllegalArgumentException(m.startsWith(at) ? m : at + "." + m, e);
    }

    private static void object(JsonNode n, String at, Set<String> allowed) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException((at.isEmpty() ? "the file" : at) + ": expected a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException(path(at, f) + ": unknown field; allowed: "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    private static JsonNode required(JsonNode n, String at, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(path(at, field) + ": missing");
        }
        return v;
    }

    private static String text(JsonNode n, String at, String field, boolean needed) {
        JsonNode v = needed ? required(n, at, field) : n.get(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual() || (needed && v.asText().isBlank())) {
            throw new IllegalArgumentException(path(at, field) + ": found " + v + "; expected a non-empty text");
        }
        return v.asText();
    }

    private static Double number(JsonNode n, String at, String field, boolean needed) {
        JsonNode v = needed ? required(n, at, field) : n.get(field);
        if (v == null || !needed && v.isNull()) {
            return null; // an optional number may be absent or written as null
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(path(at, field) + ": found " + v + "; expected a number");
        }
        return v.doubleValue();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String at) {
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(value)) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException(at + ": found '" + value + "'; expected one of " + allowed);
    }

    private static String path(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }
}
