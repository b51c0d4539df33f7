package org.vpsim.patient;

import java.util.ArrayList;
import java.util.List;
import org.vpsim.core.ode.OdeIntegrator;

/**
 * Replays an explicit per-minute input sequence on one patient from its steady state, the protocol of
 * simglucose 0.2.11's {@code T1DPatient.step} (one call per minute, inputs held over [t, t+1)). A pure
 * function of (model, inputs): the reference-parity harness and {@code vpsim replay}.
 */
public final class Replay {
    private Replay() {
    }

    /**
     * @return rows for minutes 0…N (N = inputs.size()); row t is the state before input t is applied
     */
    public static List<ReplayRow> run(PatientModel model, List<MinuteInput> inputs) {
        return run(VirtualPatient.atSteadyState(model), inputs);
    }

    /** As {@link #run(PatientModel, List)} with an explicit integrator (for convergence tests). */
    public static List<ReplayRow> run(PatientModel model, List<MinuteInput> inputs, OdeIntegrator integrator) {
        return run(new VirtualPatient(model, integrator), inputs);
    }

    private static List<ReplayRow> run(VirtualPatient patient, List<MinuteInput> inputs) {
        List<ReplayRow> rows = new ArrayList<>(inputs.size() + 1);
        rows.add(row(patient, 0));
        for (int t = 0; t < inputs.size(); t++) {
            MinuteInput in = inputs.get(t);
            patient.setCarbIntakeGramsPerMinute(in.carbIntakeGramsPerMinute());
            patient.setInsulinInfusionUnitsPerMinute(in.insulinInfusionUnitsPerMinute());
            patient.advanceToMinute(t + 1);
            rows.add(row(patient, t + 1));
        }
        return rows;
    }

    private static ReplayRow row(VirtualPatient p, int minute) {
        return new ReplayRow(minute, p.plasmaGlucoseMgDl(), p.interstitialGlucoseMgDl(), p.state());
    }
}
