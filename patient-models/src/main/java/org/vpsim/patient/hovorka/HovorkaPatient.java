package org.vpsim.patient.hovorka;

import org.vpsim.patient.TherapySettings;
import org.vpsim.patient.population.InterimTherapyRule;

/**
 * One Hovorka 2004 virtual patient: parameters and the plasma glucose its basal steady state is held at.
 * Therapy settings follow {@link InterimTherapyRule} from the steady-state basal (the model publishes none).
 *
 * @param name              e.g. {@code nominal}, {@code hovorka#00001}
 * @param parameters        model parameters
 * @param basalGlucoseMgDl  plasma glucose of the initial steady state (mg/dL)
 * @param ageYears          age (years), NaN when the population gives none (Hovorka 2004's does not)
 */
public record HovorkaPatient(String name, HovorkaParameters parameters, double basalGlucoseMgDl, double ageYears) {
    /** The glucose at which the published nominal basal (0.4202 U/h for 75 kg) is defined. */
    public static final double DEFAULT_BASAL_GLUCOSE_MG_DL = 100.0;

    public HovorkaPatient {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: '" + name + "' is blank");
        }
        if (parameters == null) {
            throw new IllegalArgumentException("parameters: null for patient " + name);
        }
        if (!(basalGlucoseMgDl >= 40 && basalGlucoseMgDl <= 300)) {
            throw new IllegalArgumentException("basalGlucoseMgDl: " + basalGlucoseMgDl
                    + " mg/dL is outside 40–300 for patient " + name);
        }
    }

    /** The nominal patient of Hovorka 2004 at 100 mg/dL. */
    public static HovorkaPatient nominal() {
        return new HovorkaPatient("nominal", HovorkaParameters.NOMINAL, DEFAULT_BASAL_GLUCOSE_MG_DL, Double.NaN);
    }

    TherapySettings therapy(double basalUnitsPerHour) {
        return InterimTherapyRule.settings(parameters.bodyWeightKg(), basalUnitsPerHour, ageYears);
    }
}
