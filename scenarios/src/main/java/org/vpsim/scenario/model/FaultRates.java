package org.vpsim.scenario.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Faults drawn at rates (issue 14), each from its own random sub-stream keyed by (seed, patient, purpose): per meal
 * (a missed or doubled bolus), per day (CGM bias episodes, CGM dropout bursts: Poisson processes) or per set change (a
 * forgotten set change, a reservoir not refilled). The draws do not depend on the arm, so every arm meets the same
 * faults (common random numbers). Every fault is an event. Absent fields: that fault never happens.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRates(
        @Field(doc = "Probability that a meal's bolus is forgotten altogether (on top of the person's own missed"
                + " boluses); event FAULT_BOLUS_MISSED.", min = 0, max = 1, example = "0.05")
        Double missedMealBolusProbability,
        @Field(doc = "Probability that a meal's bolus is given twice (the person forgets having bolused), the second"
                + " time 15-60 min after the first; event FAULT_BOLUS_DOUBLED.", min = 0, max = 1, example = "0.02")
        Double doubledMealBolusProbability,
        @Field(doc = "Rate of CGM bias episodes (the sensor reads cgmBiasPercent too high or too low, sign drawn 50/50,"
                + " for cgmBiasHours); event FAULT_CGM_BIAS.", unit = "per day", min = 0, max = 24, example = "0.1")
        Double cgmBiasPerDay,
        @Field(doc = "Size of a CGM bias episode, relative to the reading.", unit = "%", dflt = "20", min = 1, max = 50,
                example = "20")
        Double cgmBiasPercent,
        @Field(doc = "Length of a CGM bias episode.", unit = "h", dflt = "12", min = 0.25, max = 240, example = "12")
        Double cgmBiasHours,
        @Field(doc = "Rate of CGM dropout bursts (no readings; lengths exponential with mean cgmDropoutMeanHours);"
                + " event FAULT_SENSOR_DROPOUT.", unit = "per day", min = 0, max = 24, example = "0.2")
        Double cgmDropoutsPerDay,
        @Field(doc = "Mean length of a CGM dropout burst.", unit = "h", dflt = "2", min = 0.1, max = 48, example = "2")
        Double cgmDropoutMeanHours,
        @Field(doc = "Probability that a set due for a change is forgotten and worn forgottenSetChangeHours longer,"
                + " its absorption degrading by the pump's set-wear model; event SET_CHANGE_FORGOTTEN. Pump arms only.",
                min = 0, max = 1, example = "0.1")
        Double forgottenSetChangeProbability,
        @Field(doc = "How much longer a forgotten set is worn.", unit = "h", dflt = "48", min = 1, max = 720,
                example = "48")
        Double forgottenSetChangeHours,
        @Field(doc = "Probability that at a set change the old reservoir is kept instead of a new one filled, so it may"
                + " run dry (the empty alarm is answered after the pump's userResponseMinutes); event"
                + " RESERVOIR_NOT_REFILLED. Pump arms only.", min = 0, max = 1, example = "0.1")
        Double reservoirNotRefilledProbability,
        @Field(doc = "Arms affected (by name); empty: all.", dflt = "[]", maxItems = Scenario.MAX_ARMS,
                pattern = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", patternWords = "the name of an arm", example = "[\"sap\"]")
        List<String> arms) {
    public FaultRates {
        cgmBiasPercent = cgmBiasPercent == null ? 20.0 : cgmBiasPercent;
        cgmBiasHours = cgmBiasHours == null ? 12.0 : cgmBiasHours;
        cgmDropoutMeanHours = cgmDropoutMeanHours == null ? 2.0 : cgmDropoutMeanHours;
        forgottenSetChangeHours = forgottenSetChangeHours == null ? 48.0 : forgottenSetChangeHours;
        arms = arms == null ? List.of() : List.copyOf(arms.stream().map(s -> s == null ? "" : s).toList());
        Problems p = new Problems();
        FieldRules.checkRecord(FaultRates.class, p, missedMealBolusProbability, doubledMealBolusProbability,
                cgmBiasPerDay, cgmBiasPercent, cgmBiasHours, cgmDropoutsPerDay, cgmDropoutMeanHours,
                forgottenSetChangeProbability, forgottenSetChangeHours, reservoirNotRefilledProbability, arms);
        p.throwIfAny();
    }

    /** Whether these rates apply to the arm called {@code arm}. */
    public boolean appliesTo(String arm) {
        return arms.isEmpty() || arms.contains(arm);
    }

    public double missedMealBolus() {
        return or(missedMealBolusProbability, 0);
    }

    public double doubledMealBolus() {
        return or(doubledMealBolusProbability, 0);
    }

    public double cgmBiasRatePerDay() {
        return or(cgmBiasPerDay, 0);
    }

    public double cgmBiasFraction() {
        return or(cgmBiasPercent, 20) / 100.0;
    }

    public long cgmBiasMillis() {
        return Math.round(or(cgmBiasHours, 12) * 3_600_000.0);
    }

    public double cgmDropoutRatePerDay() {
        return or(cgmDropoutsPerDay, 0);
    }

    public double cgmDropoutMeanMillis() {
        return or(cgmDropoutMeanHours, 2) * 3_600_000.0;
    }

    public double forgottenSetChange() {
        return or(forgottenSetChangeProbability, 0);
    }

    public long forgottenSetChangeMillis() {
        return Math.round(or(forgottenSetChangeHours, 48) * 3_600_000.0);
    }

    public double reservoirNotRefilled() {
        return or(reservoirNotRefilledProbability, 0);
    }

    /** True when a meal-time fault can happen. */
    public boolean mealFaults() {
        return missedMealBolus() > 0 || doubledMealBolus() > 0;
    }

    /** True when a set-change fault can happen. */
    public boolean setChangeFaults() {
        return forgottenSetChange() > 0 || reservoirNotRefilled() > 0;
    }

    private static double or(Double v, double fallback) {
        return v == null ? fallback : v;
    }
}
