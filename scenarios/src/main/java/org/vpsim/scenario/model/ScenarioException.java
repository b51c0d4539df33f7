package org.vpsim.scenario.model;

/** A scenario that cannot run: the message names the field path and what is wrong with its value. */
public final class ScenarioException extends RuntimeException {
    private final String fieldPath;

    public ScenarioException(String fieldPath, String problem) {
        super(fieldPath == null || fieldPath.isEmpty() ? problem : fieldPath + ": " + problem);
        this.fieldPath = fieldPath == null ? "" : fieldPath;
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
        this.fieldPath = "";
    }

    /** JSON path of the offending field, e.g. {@code arms[1].pump.basalProfile[2].unitsPerHour}. */
    public String fieldPath() {
        return fieldPath;
    }
}
