package org.vpsim.scenario.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vpsim.core.Priority;
import org.vpsim.core.SimTime;
import org.vpsim.core.Simulation;
import org.vpsim.patient.VirtualPatient;
import org.vpsim.patient.exercise.RoyParker2007;
import org.vpsim.scenario.model.ExerciseSession;

/**
 * Feeds the scenario's exercise sessions to the patient model: at a session's start its intensity above rest
 * ({@link ExerciseSession#intensityAboveRestPercent()}) takes over
 * ({@code EXERCISE_START} event), at its glycogen-depletion time (Roy &amp; Parker 2007 eq. (13), for a session at
 * constant intensity) hepatic glycogenolysis starts to fall, at its end the patient is at rest again
 * ({@code EXERCISE_END}). Deterministic and arm-independent: every arm exercises the same way. A session that would
 * start before the study start is skipped; one running past the end is cut there.
 */
final class ExerciseDriver {
    static final String START_EVENT = "EXERCISE_START";
    static final String END_EVENT = "EXERCISE_END";

    private ExerciseDriver() {
    }

    /** One occurrence of a session: [start, end) at intensity u3, glycogen depleted from {@code depleted}. */
    private record Bout(long start, long end, double u3, double percentVo2max, long depleted) {
    }

    static void schedule(List<ExerciseSession> sessions, int startMinuteOfDay, long durationMillis, Simulation sim,
                         VirtualPatient body, EventLog events) {
        if (sessions.isEmpty()) {
            return;
        }
        long studyDays = (startMinuteOfDay * SimTime.MILLIS_PER_MINUTE + durationMillis)
                / (1440 * SimTime.MILLIS_PER_MINUTE) + 1;
        List<Bout> bouts = new ArrayList<>();
        for (int day = 1; day <= studyDays; day++) {
            for (ExerciseSession s : sessions) {
                if (!s.on(day)) {
                    continue;
                }
                long start = Math.round(((day - 1) * 1440.0 + s.minuteOfDay() - startMinuteOfDay)
                        * SimTime.MILLIS_PER_MINUTE);
                if (start < 0 || start >= durationMillis) {
                    continue;
                }
                long end = Math.min(durationMillis, start + Math.round(s.durationMinutes() * SimTime.MILLIS_PER_MINUTE));
                double u3 = s.intensityAboveRestPercent();
                long depleted = start + Math.round(Math.min(RoyParker2007.glycogenDepletionMinutes(u3), 1e9)
                        * SimTime.MILLIS_PER_MINUTE);
                bouts.add(new Bout(start, end, u3, s.intensityPercentVo2max(), depleted));
            }
        }
        // In time order; the scenario refuses overlapping sessions, so a bout can only start where another ends.
        bouts.sort(Comparator.comparingLong(Bout::start));
        for (int i = 0; i < bouts.size(); i++) {
            Bout b = bouts.get(i);
            boolean nextStartsAtEnd = i + 1 < bouts.size() && bouts.get(i + 1).start() == b.end();
            Ticks.once(sim, b.start(), Priority.INPUT, t -> {
                body.setExercise(b.u3(), b.depleted() <= t);
                events.add(t, START_EVENT, String.format(Locale.ROOT, "%s%% VO2max for %s min",
                        fmt(b.percentVo2max()), fmt((b.end() - b.start()) / (double) SimTime.MILLIS_PER_MINUTE)), null, null, null);
            });
            if (b.depleted() > b.start() && b.depleted() < b.end()) {
                Ticks.once(sim, b.depleted(), Priority.INPUT, t -> body.setExercise(b.u3(), true));
            }
            Ticks.once(sim, b.end(), Priority.INPUT, t -> {
                if (!nextStartsAtEnd) {
                    body.setExercise(0, false); // a session starting now sets its own intensity, whatever the order
                }
                events.add(t, END_EVENT, "", null, null, null);
            });
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
