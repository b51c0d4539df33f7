package org.vpsim.results.comparison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.vpsim.results.manifest.RunManifest;

/**
 * What differs between the studies behind two arms, other than their therapy. A paired comparison is
 * only a comparison of therapies when patients, meals, duration, seed, faults and sensor are the same;
 * this lists every scenario field (as a JSON path) that is not.
 *
 * <p>Ignored: the scenario's {@code name} and {@code description} (labels), the arm's {@code name},
 * and the arm's therapy — its {@code pump} and {@code controller}. Everything else of the two arms (e.g.
 * {@code cgm}) and of the scenario must match, and so must the patient model and parameter set.
 */
public final class ScenarioDifferences {

    private static final Set<String> LABELS = Set.of("name", "description");
    private static final Set<String> THERAPY = Set.of("name", "pump", "controller");

    private ScenarioDifferences() {
    }

    /**
     * The differences, each "path: baseline value ≠ candidate value"; empty when the arms' studies
     * differ only in therapy.
     */
    public static List<String> between(RunManifest baseline, String baselineArm, RunManifest candidate,
                                       String candidateArm) {
        List<String> out = new ArrayList<>();
        if (!eq(baseline.modelId(), candidate.modelId())) {
            out.add("model: " + baseline.modelId() + " ≠ " + candidate.modelId());
        }
        if (!eq(baseline.parameterSetSha256(), candidate.parameterSetSha256())) {
            out.add("patient parameter set (SHA-256): " + baseline.parameterSetSha256() + " ≠ "
                    + candidate.parameterSetSha256());
        }
        ObjectNode a = withoutArms(baseline.scenario());
        ObjectNode b = withoutArms(candidate.scenario());
        diff("", a, b, out);
        JsonNode armA = arm(baseline.scenario(), baselineArm);
        JsonNode armB = arm(candidate.scenario(), candidateArm);
        if (armA != null && armB != null) {
            diff("arms[" + baselineArm + (baselineArm.equals(candidateArm) ? "" : "|" + candidateArm) + "]",
                    strip(armA, THERAPY), strip(armB, THERAPY), out);
        }
        return out;
    }

    private static ObjectNode withoutArms(JsonNode scenario) {
        ObjectNode copy = strip(scenario, LABELS);
        copy.remove("arms");
        return copy;
    }

    private static ObjectNode strip(JsonNode node, Set<String> fields) {
        ObjectNode copy = node.isObject() ? ((ObjectNode) node).deepCopy() : new ObjectNode(null);
        copy.remove(fields);
        return copy;
    }

    private static JsonNode arm(JsonNode scenario, String name) {
        JsonNode arms = scenario.path("arms");
        for (JsonNode a : arms) {
            if (a.isObject() && name.equals(a.path("name").asText())) {
                return a;
            }
        }
        return null;
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                diff(path.isEmpty() ? n : path + "." + n, a.path(n), b.path(n), out);
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            Iterator<JsonNode> ia = a.elements();
            Iterator<JsonNode> ib = b.elements();
            for (int i = 0; ia.hasNext(); i++) {
                diff(path + "[" + i + "]", ia.next(), ib.next(), out);
            }
        } else {
            out.add(path + ": " + show(a) + " ≠ " + show(b));
        }
    }

    private static String show(JsonNode n) {
        if (n.isMissingNode()) {
            return "(absent)";
        }
        String s = n.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private static boolean eq(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }
}
