package org.vpsim.scenario.run.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.controller.BasalRate;
import org.vpsim.controller.CgmReading;
import org.vpsim.controller.Command;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Delivery;
import org.vpsim.controller.InsulinCurve;
import org.vpsim.controller.Observation;
import org.vpsim.controller.PumpLimits;
import org.vpsim.controller.PumpState;
import org.vpsim.controller.Settings;
import org.vpsim.controller.Therapy;

/**
 * The README's example controller ({@code examples/external-controller/controller.py}) behind the
 * real protocol on a scripted day: its rules hold, and the cost of one exchange is measured (printed,
 * not asserted: speed belongs to benchmarks).
 */
class ExamplePythonControllerTest {
    static final Path EXAMPLE = Path.of("..", "examples", "external-controller");

    @TempDir
    Path dir;

    private ExternalProcessController example(Map<String, Object> settings) {
        assertTrue(Files.isRegularFile(EXAMPLE.resolve("controller.py")), "example controller at " + EXAMPLE.toAbsolutePath());
        ExternalProcessController c = new ExternalProcessController(List.of("python3", "controller.py"), EXAMPLE, 5_000,
                dir.resolve("example.stderr.log"));
        Therapy therapy = new Therapy(List.of(new BasalRate(0, 0.9), new BasalRate(360, 1.1)), 10, 50, 100,
                new InsulinCurve("exponential", 75, 360), 70);
        c.start(new ControllerStart("adult#001", "python", "2026-01-01T00:00:00Z", "UTC", 0, 5, new Settings(settings),
                therapy, new PumpLimits(35, 25, 0.025, 0.025, 1440)));
        return c;
    }

    /** A CGM day: 140 mg/dL with a slow dip to 55 mg/dL around 03:00 and back; meals at 07:00 and 12:00. */
    private static double cgmAt(double minute) {
        double dip = Math.max(0, 1 - Math.abs(minute - 180) / 90);
        return 140 - 85 * dip;
    }

    @Test
    void exampleSuspendsAtTheThresholdResumesOnRecoveryAndBolusesByTheWizardFormula() throws Exception {
        ExternalProcessController c = example(Map.of());
        String status = "running";
        double statusSince = 0;
        Double suspendedAt = null;
        Double resumedAt = null;
        Deque<CgmReading> history = new ArrayDeque<>();
        List<Long> nanos = new ArrayList<>();
        try {
            for (double minute = 5; minute <= 1440; minute += 5) {
                double cgm = cgmAt(minute);
                history.addLast(new CgmReading(minute, cgm));
                while (history.peekFirst().minute() <= minute - 360) {
                    history.removeFirst(); // 6 hours of history, as the protocol carries
                }
                double carbs = minute == 420 ? 60 : minute == 720 ? 5 : 0;
                double iob = minute == 720 ? 2.0 : 0.25;
                Observation o = new Observation(minute, minute % 1440, cgm, List.copyOf(history), carbs, iob,
                        new PumpState(status, statusSince, 200, minute < 360 ? 0.9 : 1.1, null),
                        List.of(new Delivery(minute - 2.5, 0.025, "basal")), List.of());
                long t0 = System.nanoTime();
                Command cmd = c.decide(o);
                nanos.add(System.nanoTime() - t0);
                if (cmd.suspend()) {
                    assertEquals(null, suspendedAt, "one suspension on this trace");
                    suspendedAt = minute;
                    status = "suspended";
                    statusSince = minute;
                }
                if (cmd.resume()) {
                    resumedAt = minute;
                    status = "running";
                    statusSince = minute;
                }
                if (minute == 420) {
                    assertEquals(60 / 10.0 + (140 - 100) / 50.0 - 0.25, cmd.bolusUnits(), 0, "meal + correction − IOB");
                } else if (minute == 720) {
                    assertEquals(0.0, cmd.bolusUnits(), "5 g with 2 U on board: floored at 0, never negative");
                } else {
                    assertEquals(0.0, cmd.bolusUnits(), "no bolus without carbs at minute " + minute);
                }
            }
        } finally {
            c.close();
        }
        double firstLow = 5;
        while (cgmAt(firstLow) > 70) {
            firstLow += 5;
        }
        assertEquals(firstLow, suspendedAt, "suspends at the first reading at or below 70 mg/dL");
        double recovered = suspendedAt + 30;
        while (cgmAt(recovered) < 90) {
            recovered += 5;
        }
        assertEquals(Math.min(recovered, suspendedAt + 120), resumedAt,
                "resumes at the first reading >= 90 mg/dL after 30 min, at the latest after 2 h");
        assertFalse(Files.readString(dir.resolve("example.stderr.log")).isEmpty(), "the example logs to stderr");
        report("python example, 6-h history", nanos);
    }

    private static void report(String what, List<Long> nanos) {
        // Skip the first 10 % of the exchanges as warm-up (JIT on our side, caches on the controller's).
        long[] warm = nanos.subList(nanos.size() / 10, nanos.size()).stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "external exchange (%s): n=%d, median %.0f µs, p99 %.0f µs, max %.0f µs%n", what,
                warm.length, warm[warm.length / 2] / 1e3, warm[(int) Math.ceil(warm.length * 0.99) - 1] / 1e3,
                warm[warm.length - 1] / 1e3);
    }
}
