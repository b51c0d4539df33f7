package org.vpsim.patient.uva;

import java.util.Arrays;

/**
 * One published UVA/Padova 2008 virtual patient: parameters, steady initial state x0 and the therapy
 * settings of simglucose 0.2.11 {@code params/Quest.csv}.
 *
 * @param name                        e.g. {@code adult#001}
 * @param parameters                  model parameters
 * @param initialState                x0, 13 states (Qsto1, Qsto2, Qgut mg; Gp, Gt mg/kg; Ip pmol/kg; X, I', Id pmol/L;
 *                                    Il, Isc1, Isc2 pmol/kg; Gs mg/kg); copied in and out
 * @param carbRatioGramsPerUnit       CR (g/U)
 * @param correctionFactorMgDlPerUnit CF (mg/dL per U)
 * @param ageYears                    Age (years)
 * @param totalDailyInsulinUnits      TDI (U/day)
 */
public record UvaPadovaPatient(String name, UvaPadovaParameters parameters, double[] initialState,
                               double carbRatioGramsPerUnit, double correctionFactorMgDlPerUnit,
                               double ageYears, double totalDailyInsulinUnits) {

    public UvaPadovaPatient {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: '" + name + "' is blank");
        }
        if (parameters == null) {
            throw new IllegalArgumentException("parameters: null for patient " + name);
        }
        if (initialState == null || initialState.length != UvaPadova2008Model.DIMENSION) {
            throw new IllegalArgumentException("initialState: patient " + name + " needs "
                    + UvaPadova2008Model.DIMENSION + " states, got "
                    + (initialState == null ? "null" : initialState.length));
        }
        for (int i = 0; i < initialState.length; i++) {
            if (!Double.isFinite(initialState[i])) {
                throw new IllegalArgumentException("initialState[" + i + "]: " + initialState[i] + " is not finite");
            }
        }
        initialState = initialState.clone();
    }

    @Override
    public double[] initialState() {
        return initialState.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UvaPadovaPatient p && name.equals(p.name) && parameters.equals(p.parameters)
                && Arrays.equals(initialState, p.initialState)
                && Double.compare(carbRatioGramsPerUnit, p.carbRatioGramsPerUnit) == 0
                && Double.compare(correctionFactorMgDlPerUnit, p.correctionFactorMgDlPerUnit) == 0
                && Double.compare(ageYears, p.ageYears) == 0
                && Double.compare(totalDailyInsulinUnits, p.totalDailyInsulinUnits) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + parameters.hashCode()) + Arrays.hashCode(initialState);
    }

    @Override
    public String toString() {
        return "UvaPadovaPatient[" + name + "]";
    }
}
