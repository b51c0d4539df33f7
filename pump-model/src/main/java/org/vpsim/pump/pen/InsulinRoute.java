package org.vpsim.pump.pen;

/** Where a pen's insulin goes in the patient. */
public enum InsulinRoute {
    /** Rapid-acting analogue into the model's own subcutaneous (rapid-acting) depot; results event kind {@code pen-rapid}. */
    RAPID("pen-rapid"),
    /** Long-acting analogue into the long-acting depot; results event kind {@code pen-basal}. */
    LONG_ACTING("pen-basal");

    private final String eventKind;

    InsulinRoute(String eventKind) {
        this.eventKind = eventKind;
    }

    /** The event kind of an injection by this route in the results. */
    public String eventKind() {
        return eventKind;
    }
}
