package org.vpsim.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.core.ode.IntegrationException;
import org.vpsim.patient.replay.ReplayCsv;
import org.vpsim.patient.replay.ReplayInputException;

/** Absurd inputs end in a clear refusal or a bounded failure naming the minute, never in a hang. */
class ReplayEdgeTest {

    @Test
    void anAbsurdMealStopsTheIntegrationAtItsMinuteInsteadOfSpinning() {
        // 1e150 g/min: the error control would shrink its accepted steps without end (the reported hang).
        PatientModel adult = PatientModels.create("uva-padova-2008", "adult#001");
        List<MinuteInput> inputs = List.of(new MinuteInput(0, 0), new MinuteInput(1e150, 0), new MinuteInput(0, 0));
        IntegrationException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(IntegrationException.class, () -> Replay.run(adult, inputs)));
        assertTrue(e.time() >= 1 && e.time() <= 3, "failed at minute " + e.time());
    }

    @Test
    void inputsAboveThePhysicalBoundsAreRefusedWithTheirLine(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "minute,cho_g_per_min,insulin_u_per_min\n0,0,0\n1,1e150,0\n");
        ReplayInputException e = assertThrows(ReplayInputException.class, () -> ReplayCsv.readInputs(in));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("above 1000"), e.getMessage());
    }

    @Test
    void theLargestAcceptedInputsIntegrateToFiniteStates() {
        // An hour at the carbohydrate bound, then an hour at the insulin bound: the model must stay finite.
        PatientModel adult = PatientModels.create("uva-padova-2008", "adult#001");
        List<MinuteInput> inputs = new java.util.ArrayList<>();
        for (int t = 0; t < 240; t++) {
            inputs.add(new MinuteInput(t < 60 ? ReplayCsv.MAX_CHO_GRAMS_PER_MINUTE : 0,
                    t >= 60 && t < 120 ? ReplayCsv.MAX_INSULIN_UNITS_PER_MINUTE : 0));
        }
        List<ReplayRow> rows = Replay.run(adult, inputs);
        assertEquals(241, rows.size());
        for (ReplayRow r : rows) {
            for (double x : r.state()) {
                assertTrue(Double.isFinite(x), "minute " + r.minute());
            }
        }
    }
}
