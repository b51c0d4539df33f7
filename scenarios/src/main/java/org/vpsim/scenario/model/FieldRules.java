package org.vpsim.scenario.model;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Applies the rules of a {@link Field} to a value, and says what a field allows in plain words. Used on
 * the JSON tree by {@link ScenarioValidator} and on constructed values by the records' constructors
 * ({@link #checkRecord}), so a file and a command-line override meet the same limits.
 */
public final class FieldRules {
    private static final java.util.concurrent.ConcurrentHashMap<String, Pattern> PATTERNS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private FieldRules() {
    }

    /** The JSON shape of a record component, from its Java type. */
    public enum Kind { NUMBER, INTEGER, STRING, BOOLEAN, ARRAY, OBJECT, RECORD }

    public static Kind kind(Type type) {
        Class<?> raw = raw(type);
        if (raw == Double.class || raw == double.class) {
            return Kind.NUMBER;
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return Kind.INTEGER;
        }
        if (raw == String.class) {
            return Kind.STRING;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Kind.BOOLEAN;
        }
        if (List.class.isAssignableFrom(raw)) {
            return Kind.ARRAY;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Kind.OBJECT;
        }
        if (raw.isRecord()) {
            return Kind.RECORD;
        }
        throw new IllegalStateException("no JSON shape for scenario field type " + type);
    }

    public static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported scenario field type " + type);
    }

    /** Element type of a {@code List<T>} component. */
    public static Type itemType(Type listType) {
        return ((ParameterizedType) listType).getActualTypeArguments()[0];
    }

    /** Largest whole number an {@code Integer} / {@code Long} field holds. */
    static double integerLimit(Type type) {
        Class<?> raw = raw(type);
        return raw == Integer.class || raw == int.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
    }

    /** One record component with its definition (cached: reading annotations is slow). */
    public record Def(String name, Type type, Field field, boolean required) {
    }

    private static final ClassValue<List<Def>> DEFS = new ClassValue<>() {
        @Override
        protected List<Def> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .map(c -> new Def(c.getName(), c.getGenericType(), field(c), required(c))).toList();
        }
    };

    /** The field definitions of a scenario record, in declaration order. */
    public static List<Def> defs(Class<?> recordType) {
        return DEFS.get(recordType);
    }

    public static Field field(RecordComponent c) {
        Field f = c.getAnnotation(Field.class);
        if (f == null) {
            throw new IllegalStateException(c.getDeclaringRecord().getSimpleName() + "." + c.getName()
                    + " has no @Field definition");
        }
        return f;
    }

    public static boolean required(RecordComponent c) {
        return field(c).required() || c.getType().isPrimitive();
    }

    /**
     * Checks the values of a record's components (in declaration order, after defaults were applied)
     * against their {@link Field}s; problems have paths relative to the record.
     */
    public static void checkRecord(Class<? extends Record> type, Problems problems, Object... values) {
        List<Def> cs = defs(type);
        if (cs.size() != values.length) {
            throw new IllegalStateException(type.getSimpleName() + ": " + values.length + " values for "
                    + cs.size() + " fields");
        }
        for (int i = 0; i < cs.size(); i++) {
            Def c = cs.get(i);
            Field f = c.field();
            Object v = values[i];
            if (v == null) {
                if (c.required()) {
                    problems.add(Problem.missing(c.name(), allowed(f, c.type())));
                }
                continue;
            }
            Kind k = kind(c.type());
            if (k == Kind.ARRAY) {
                List<?> list = (List<?>) v;
                checkSize(c.name(), f, list.size(), problems);
                Type item = itemType(c.type());
                Kind ik = kind(item);
                if (ik != Kind.RECORD && ik != Kind.ARRAY && ik != Kind.OBJECT) {
                    for (int j = 0; j < list.size(); j++) {
                        String path = c.name() + "[" + j + "]";
                        if (list.get(j) == null) {
                            problems.add(new Problem(path, "null", allowedScalar(f, item), ""));
                        } else {
                            checkScalar(path, f, item, list.get(j), problems);
                        }
                    }
                }
            } else if (k != Kind.RECORD && k != Kind.OBJECT) {
                checkScalar(c.name(), f, c.type(), v, problems);
            }
        }
    }

    static boolean checkSize(String path, Field f, int size, Problems problems) {
        if (size < f.minItems() || size > f.maxItems()) {
            problems.add(new Problem(path, size + " item" + (size == 1 ? "" : "s"), itemsWords(f), f.hint()));
            return false;
        }
        return true;
    }

    /** Range, allowed values and pattern of a scalar value already of the right Java type. */
    static boolean checkScalar(String path, Field f, Type type, Object v, Problems problems) {
        Kind k = kind(type);
        if (k == Kind.NUMBER || k == Kind.INTEGER) {
            double d = ((Number) v).doubleValue();
            boolean ok = Double.isFinite(d)
                    && (f.minExclusive() ? d > f.min() : d >= f.min()) && d <= f.max();
            if (!ok) {
                problems.add(new Problem(path, render(v), allowedScalar(f, type), f.hint()));
            }
            return ok;
        }
        if (k == Kind.STRING) {
            String s = (String) v;
            boolean ok = (f.values().length == 0 || Arrays.asList(f.values()).contains(s))
                    && (f.pattern().isEmpty() || PATTERNS.computeIfAbsent(f.pattern(), Pattern::compile).matcher(s).matches())
                    && (!f.format().equals("date-time") || Scenario.supportedStart(s));
            if (!ok) {
                problems.add(new Problem(path, render(v), allowedScalar(f, type), f.hint()));
            }
            return ok;
        }
        return true;
    }

    /** What a field allows, in words: {@code "a number from 0 to 35 (U/h)"}, {@code "a list of …"}. */
    public static String allowed(Field f, Type type) {
        Kind k = kind(type);
        return switch (k) {
            case ARRAY -> kind(itemType(type)) == Kind.RECORD ? itemsWords(f).replace("items", "objects")
                    + (f.maxItems() == Integer.MAX_VALUE && f.minItems() == 0 ? " of objects" : "")
                    : itemsWords(f) + (f.maxItems() == Integer.MAX_VALUE && f.minItems() == 0 ? " of items" : "")
                    + ", each " + allowedScalar(f, itemType(type));
            case OBJECT -> "an object {…}";
            case RECORD -> "an object {…} with the fields of " + raw(type).getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
            default -> allowedScalar(f, type);
        };
    }

    static String itemsWords(Field f) {
        if (f.maxItems() == Integer.MAX_VALUE) {
            return f.minItems() == 0 ? "a list" : "a list of at least " + f.minItems() + " item" + (f.minItems() == 1 ? "" : "s");
        }
        return f.minItems() == 0 ? "a list of at most " + f.maxItems() + " items"
                : "a list of " + f.minItems() + " to " + f.maxItems() + " items";
    }

    static String allowedScalar(Field f, Type type) {
        Kind k = kind(type);
        String unit = f.unit().isEmpty() ? "" : " (" + f.unit() + ")";
        switch (k) {
            case NUMBER, INTEGER: {
                String what = k == Kind.INTEGER ? "a whole number" : "a number";
                boolean lo = f.min() != Double.NEGATIVE_INFINITY;
                boolean hi = f.max() != Double.POSITIVE_INFINITY;
                if (lo && hi && !f.minExclusive()) {
                    return what + " from " + fmt(f.min()) + " to " + fmt(f.max()) + unit;
                }
                if (lo && hi) {
                    return what + " greater than " + fmt(f.min()) + " and at most " + fmt(f.max()) + unit;
                }
                if (lo) {
                    return what + (f.minExclusive() ? " greater than " : " of at least ") + fmt(f.min()) + unit;
                }
                if (hi) {
                    return what + " of at most " + fmt(f.max()) + unit;
                }
                return what + unit;
            }
            case BOOLEAN:
                return "true or false";
            case STRING: {
                if (f.values().length > 0) {
                    return "one of " + Arrays.stream(f.values()).map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
                }
                if (!f.patternWords().isEmpty()) {
                    return f.patternWords();
                }
                return "a text";
            }
            default:
                return allowed(f, type);
        }
    }

    /** A number as a person writes it: {@code 35}, {@code 0.025}, {@code 1E+308}. */
    public static String fmt(double d) {
        if (!Double.isFinite(d)) {
            return Double.isNaN(d) ? "not a number" : d > 0 ? "infinity" : "minus infinity";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toString();
    }

    /** A value as JSON-like text for a message, shortened when long. */
    public static String render(Object v) {
        String s;
        if (v instanceof String str) {
            s = "\"" + str + "\"";
        } else if (v instanceof Double || v instanceof Float) {
            s = fmt(((Number) v).doubleValue());
        } else {
            s = String.valueOf(v);
        }
        return s.length() > 80 ? s.substring(0, 77) + "…" : s;
    }
}
