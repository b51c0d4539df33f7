package org.vpsim.results.columns;

/**
 * The values of one stored row, by column name, as a reader found them (typed as {@link ColumnType}
 * says, null for a missing value). A file format's reader implements it; {@link Table#read} turns it
 * back into a row record.
 */
@FunctionalInterface
public interface Values {

    /** The value of column {@code name}, or null. */
    Object get(String name);

    default String string(String name) {
        return (String) required(name);
    }

    default int int32(String name) {
        return ((Number) required(name)).intValue();
    }

    default long int64(String name) {
        return ((Number) required(name)).longValue();
    }

    default double float64(String name) {
        return ((Number) required(name)).doubleValue();
    }

    default String optionalString(String name) {
        return (String) get(name);
    }

    default Long optionalInt64(String name) {
        Object v = get(name);
        return v == null ? null : ((Number) v).longValue();
    }

    default Double optionalFloat64(String name) {
        Object v = get(name);
        return v == null ? null : ((Number) v).doubleValue();
    }

    private Object required(String name) {
        Object v = get(name);
        if (v == null) {
            throw new IllegalArgumentException("column " + name + " has no value");
        }
        return v;
    }
}
