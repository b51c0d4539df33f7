package org.vpsim.scenario.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one validation pass over a scenario file. It reads the JSON as a tree, walks it against the
 * {@link Field} definitions of the scenario records and collects every problem (unknown fields, wrong
 * types, nulls, missing fields, values out of range, cross-field rules of each record) before refusing
 * anything; problems come out in file order. A record is built only from children without field problems,
 * so each problem is reported once, at the deepest path that explains it; a record refused by its own
 * cross-field rules is replaced by a stand-in without the fields they named, so the rules of the records
 * around it still run.
 *
 * <p>Checks that need more than the file (the patient registry, the device models, controller
 * providers) run in {@code org.vpsim.scenario.run.StudyPlan} and report into the same
 * {@link Problems} vocabulary.
 */
public final class ScenarioValidator {
    /** Largest scenario file read: a protocol is a few kilobytes; this keeps memory bounded. */
    public static final int MAX_BYTES = 4 << 20;

    private final ObjectMapper mapper;

    ScenarioValidator(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The scenario in {@code json}, or a {@link ScenarioException} listing every problem found. */
    Scenario read(byte[] json, String sourceName) {
        if (json.length > MAX_BYTES) {
            throw new ScenarioException("", sourceName + " is " + json.length + " bytes; a scenario file may hold at most "
                    + MAX_BYTES + " bytes");
        }
        if (new String(json, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw new ScenarioException("", sourceName + " is empty; a scenario is a JSON object { \"name\": …, … }"
                    + " (print one with: vpsim scenarios show default-study)");
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new ScenarioException("", sourceName + " is not valid JSON"
                    + (loc == null || loc.getLineNr() < 0 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")")
                    + ": " + cleanParserMessage(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioException("", sourceName + " is not UTF-8 JSON text");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ScenarioException("", sourceName + " holds " + (root != null && root.isNull() ? "null" : "nothing")
                    + "; a scenario is a JSON object { \"name\": …, … }");
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        Object scenario = walkRecord(root, Scenario.class, "", problems, order);
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(p -> ordinal(p.path(), order)));
            throw new ScenarioException(sorted);
        }
        return (Scenario) scenario;
    }

    /** Jackson's token names in parser messages, in words. */
    private static final String[][] TOKEN_WORDS = {
        {"VALUE_STRING", "a text"}, {"VALUE_NUMBER_INT", "a number"}, {"VALUE_NUMBER_FLOAT", "a number"},
        {"VALUE_TRUE", "true"}, {"VALUE_FALSE", "false"}, {"VALUE_NULL", "null"},
        {"START_OBJECT", "'{'"}, {"END_OBJECT", "'}'"}, {"START_ARRAY", "'['"}, {"END_ARRAY", "']'"},
        {"FIELD_NAME", "a field name"}, {"VALUE_EMBEDDED_OBJECT", "a value"}, {"NOT_AVAILABLE", "nothing"},
    };

    /** Jackson's parser messages without its internal names (source descriptions, constraint classes). */
    static String cleanParserMessage(String msg) {
        if (msg == null) {
            return "unreadable";
        }
        String s = msg.replaceAll("\\s*\\(?\\s*at \\[Source:.*", "")
                .replaceAll(",?\\s*from `[^`]*`", "")
                .replaceAll("[:;,]?\\s*(?:enable|disable|use|set) `[^`]*`[^.;)]*", "")
                .replaceAll("\\s*\\(?`[^`]*`\\)?", "")
                .replaceAll("\\s+", " ")
                .trim();
        for (String[] token : TOKEN_WORDS) {
            s = s.replace(token[0], token[1]);
        }
        if (s.startsWith("Trailing token")) {
            return "a second JSON value follows the first; a scenario file holds one object";
        }
        if (s.contains("nesting depth")) {
            return "nested too deeply (" + s + ")";
        }
        return s.length() > 200 ? s.substring(0, 197) + "…" : s;
    }

    private static int ordinal(String path, Map<String, Integer> order) {
        String p = path;
        while (true) {
            Integer o = order.get(p);
            if (o != null) {
                return o;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return p.isEmpty() ? -1 : order.getOrDefault(p.substring(0, Math.max(cut, 0)), Integer.MAX_VALUE);
            }
            p = p.substring(0, cut);
        }
    }

    private Object walkRecord(JsonNode node, Class<?> type, String path, List<Problem> out, Map<String, Integer> order) {
        if (!node.isObject()) {
            out.add(new Problem(path.isEmpty() ? "(the file)" : path, render(node),
                    "an object { … } with the fields of " + describe(type), ""));
            return null;
        }
        int before = out.size() - standInProblems;
        Map<String, Object> values = new HashMap<>();
        Map<String, FieldRules.Def> byName = new LinkedHashMap<>();
        for (FieldRules.Def c : FieldRules.defs(type)) {
            byName.put(c.name(), c);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String child = join(path, e.getKey());
            order.putIfAbsent(child, order.size());
            FieldRules.Def c = byName.get(e.getKey());
            if (c == null && path.isEmpty() && ScenarioSchema.SCHEMA_KEY.equals(e.getKey()) && e.getValue().isTextual()) {
                continue; // an editor's pointer to the JSON Schema
            }
            if (c == null) {
                out.add(new Problem(child, null, "unknown field; the fields " + (path.isEmpty() ? "at the top level" : "of " + path)
                        + " are " + String.join(", ", byName.keySet()), "").withHint(suggest(e.getKey(), byName.keySet())));
                continue;
            }
            values.put(c.name(), walk(e.getValue(), c.type(), c.field(), child, out, order));
        }
        for (FieldRules.Def c : byName.values()) {
            if (c.required() && !node.has(c.name())) {
                String child = join(path, c.name());
                order.putIfAbsent(child, order.size());
                out.add(Problem.missing(child, FieldRules.allowed(c.field(), c.type())));
            }
        }
        if (out.size() - standInProblems > before) {
            return null;
        }
        // Every field is fine on its own: build the record from its already built children. Its constructor
        // applies the defaults and the cross-field rules, reporting all their problems at once.
        Object[] args = new Object[byName.size()];
        int i = 0;
        for (FieldRules.Def c : byName.values()) {
            args[i++] = values.get(c.name());
        }
        ScenarioException refused;
        try {
            return construct(type, args);
        } catch (ScenarioException se) {
            refused = se;
        }
        for (Problem p : refused.problems()) {
            out.add(p.under(path));
        }
        // The record's own rules refused it. So that the rules of the objects around it can still be
        // checked (all problems at once), stand in a version without the fields those rules named: it
        // carries their defaults and is never run, since the file already has problems.
        Object[] standIn = args.clone();
        boolean dropped = false;
        List<FieldRules.Def> defs = new ArrayList<>(byName.values());
        for (Problem p : refused.problems()) {
            String first = p.path().split("[.\\[]", 2)[0];
            for (int k = 0; k < defs.size(); k++) {
                if (defs.get(k).name().equals(first) && !defs.get(k).required() && standIn[k] != null) {
                    standIn[k] = null;
                    dropped = true;
                }
            }
        }
        if (dropped) {
            try {
                Object o = construct(type, standIn);
                standInProblems += refused.problems().size();
                return o;
            } catch (ScenarioException ignored) {
                // no stand-in: the objects around this one wait until it is valid
            }
        }
        return null;
    }

    /** Problems already reported for records that were replaced by stand-ins (they do not block parents). */
    private int standInProblems;

    private static Object construct(Class<?> type, Object[] args) {
        try {
            return CONSTRUCTORS.get(type).newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            ScenarioException se = find(e.getCause());
            if (se == null) {
                throw new IllegalStateException("scenario record " + type.getSimpleName() + " failed", e.getCause());
            }
            throw se;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ClassValue<java.lang.reflect.Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Constructor<?> computeValue(Class<?> type) {
            try {
                return type.getDeclaredConstructor(java.util.Arrays.stream(type.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    private static ScenarioException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ScenarioException se) {
                return se;
            }
        }
        return null;
    }

    /** Checks one value against its definition; returns it as the record component expects, or null. */
    private Object walk(JsonNode node, Type type, Field f, String path, List<Problem> out, Map<String, Integer> order) {
        FieldRules.Kind k = FieldRules.kind(type);
        if (node.isNull()) {
            out.add(new Problem(path, "null", FieldRules.allowed(f, type),
                    f.required() ? "" : "leave the field out to use its default"));
            return null;
        }
        switch (k) {
            case RECORD -> {
                return walkRecord(node, FieldRules.raw(type), path, out, order);
            }
            case ARRAY -> {
                if (!node.isArray()) {
                    out.add(new Problem(path, render(node), FieldRules.allowed(f, type), ""));
                    return null;
                }
                Problems sizeProblems = new Problems();
                if (!FieldRules.checkSize(path, f, node.size(), sizeProblems)) {
                    out.addAll(sizeProblems.list());
                    if (node.size() > 10 * Math.max(f.maxItems(), 100L)) {
                        return null; // far too long: do not report every item
                    }
                }
                Type item = FieldRules.itemType(type);
                List<Object> list = new ArrayList<>(node.size());
                for (int i = 0; i < node.size(); i++) {
                    String child = path + "[" + i + "]";
                    order.putIfAbsent(child, order.size());
                    list.add(walk(node.get(i), item, f, child, out, order));
                }
                return list;
            }
            case OBJECT -> {
                if (!node.isObject()) {
                    out.add(new Problem(path, render(node), "an object { … }", ""));
                    return null;
                }
                return mapper.convertValue(node, LinkedHashMap.class);
            }
            case NUMBER -> {
                if (!node.isNumber()) {
                    out.add(new Problem(path, render(node), FieldRules.allowedScalar(f, type), hintFor(node)));
                    return null;
                }
                Problems p = new Problems();
                FieldRules.checkScalar(path, f, type, node.doubleValue(), p);
                out.addAll(p.list());
                return node.doubleValue();
            }
            case INTEGER -> {
                double d = node.isNumber() ? node.doubleValue() : Double.NaN;
                boolean whole = node.isNumber() && Double.isFinite(d) && d == Math.rint(d)
                        && Math.abs(d) <= FieldRules.integerLimit(type) && Math.abs(d) < 0x1p63;
                if (!whole) {
                    out.add(new Problem(path, render(node), FieldRules.allowedScalar(f, type),
                            node.isNumber() ? "no fractions here" : hintFor(node)));
                    return null;
                }
                long v = node.isIntegralNumber() ? node.longValue() : (long) d;
                Problems p = new Problems();
                FieldRules.checkScalar(path, f, type, v, p);
                out.addAll(p.list());
                return FieldRules.integerLimit(type) == Integer.MAX_VALUE ? (Object) (int) v : (Object) v;
            }
            case STRING -> {
                if (!node.isTextual()) {
                    out.add(new Problem(path, render(node), FieldRules.allowedScalar(f, type),
                            node.isValueNode() ? "put text in quotes \"…\"" : ""));
                    return null;
                }
                Problems p = new Problems();
                FieldRules.checkScalar(path, f, type, node.textValue(), p);
                out.addAll(p.list());
                return node.textValue();
            }
            case BOOLEAN -> {
                if (!node.isBoolean()) {
                    out.add(new Problem(path, render(node), "true or false", "without quotes"));
                    return null;
                }
                return node.booleanValue();
            }
            default -> throw new IllegalStateException(k.toString());
        }
    }

    private static String hintFor(JsonNode node) {
        return node.isTextual() ? "write numbers without quotes" : "";
    }

    static String render(JsonNode node) {
        String s = node.toString();
        if (node.isContainerNode()) {
            s = node.isArray() ? "a list [" + (node.size() > 0 ? "…" : "") + "]" : "an object {…}";
        }
        return s.length() > 80 ? s.substring(0, 77) + "…" : s;
    }

    private static String describe(Class<?> type) {
        return type == Scenario.class ? "a scenario"
                : "a " + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    /** {@code path.name}, or {@code path["odd key"]} for a key that is not a plain name (empty, spaces, dots). */
    private static String join(String path, String name) {
        if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            String quoted = name.length() > 40 ? name.substring(0, 37) + "…" : name;
            return path + "[\"" + quoted.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A known field a typo probably meant (same letters ignoring case, or at most two edits away). */
    static String suggest(String typed, Iterable<String> known) {
        String best = null;
        int bestD = 3;
        for (String k : known) {
            int d = k.equalsIgnoreCase(typed) ? 0 : distance(typed.toLowerCase(), k.toLowerCase());
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best == null ? "" : "did you mean " + best + "?";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static String names(Iterable<String> names) {
        List<String> l = new ArrayList<>();
        names.forEach(l::add);
        return l.stream().collect(Collectors.joining(", "));
    }
}
