package org.vpsim.scenario.run;

import org.vpsim.patient.PatientModel;
import org.vpsim.patient.TherapySettings;
import org.vpsim.patient.titration.Titration;
import org.vpsim.patient.titration.TitrationProtocol;
import org.vpsim.scenario.model.Scenario;

/** The therapy settings a scenario's patients use: titrated on the patient's own model (default) or published. */
final class TherapyChoice {
    private TherapyChoice() {
    }

    /**
     * {@code therapySettings: "titrated"}: {@link Titration} by the standard protocol (deterministic, about a week of
     * simulated fasting and test-meal time per patient, no randomness); {@code "published"}: the model's own table.
     */
    static TherapySettings of(Scenario scenario, PatientModel model) {
        if ("published".equals(scenario.therapySettings())) {
            return model.therapy();
        }
        return Titration.titrate(model, TitrationProtocol.standard()).titrated();
    }
}
