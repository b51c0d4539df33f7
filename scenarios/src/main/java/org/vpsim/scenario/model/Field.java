package org.vpsim.scenario.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The definition of one scenario field, written on the record component that holds it. It is the one
 * place a field is described: {@link ScenarioValidator} checks files against it, the records' constructors
 * check programmatic values against it ({@link FieldRules}), {@link ScenarioSchema} turns it into the
 * JSON Schema and the reference page. The JSON type comes from the component's Java type ({@code Double}:
 * number, {@code Integer}/{@code Long}: whole number, {@code String}, {@code Boolean}, {@code List}: array,
 * {@code Map}: free-form object, a record: nested object).
 *
 * <p>For a list of scalars the scalar rules ({@link #min}, {@link #values}, {@link #pattern}) apply to its
 * items and {@link #minItems}/{@link #maxItems} to the list.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Field {
    /** What the field means, in plain words (one or two sentences). */
    String doc();

    /** Unit of a number, e.g. {@code "U/h"}; empty when dimensionless. */
    String unit() default "";

    /** The default as JSON text (what a missing field means); empty: no default (see {@link #required}). */
    String dflt() default "";

    /** The field must be present. */
    boolean required() default false;

    double min() default Double.NEGATIVE_INFINITY;

    /** {@link #min} itself is not allowed (the value must be greater). */
    boolean minExclusive() default false;

    double max() default Double.POSITIVE_INFINITY;

    /** The allowed strings; empty: any string matching {@link #pattern}. */
    String[] values() default {};

    /** Regular expression a string must match in full; empty: any. */
    String pattern() default "";

    /** What {@link #pattern} means in words, e.g. {@code "a clock time HH:mm"}. */
    String patternWords() default "";

    /** A format checked beyond the pattern: {@code "date-time"} (ISO-8601, year within the supported range). */
    String format() default "";

    int minItems() default 0;

    int maxItems() default Integer.MAX_VALUE;

    /** Example values as JSON text (the first is shown in the reference; all go to the schema). */
    String[] example() default {};

    /** Advice shown with a problem, e.g. where the limit comes from. */
    String hint() default "";
}
