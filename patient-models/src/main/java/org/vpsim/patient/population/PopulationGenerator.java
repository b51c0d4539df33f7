package org.vpsim.patient.population;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.vpsim.core.random.RandomStreams;
import org.vpsim.core.random.StreamPurpose;
import org.vpsim.patient.ModelInputs;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.TherapySettings;

/**
 * Samples a virtual population of any size from a {@link PopulationModel}, rejecting implausible draws:
 * <ul>
 *   <li>no steady state: the model cannot be held at its basal glucose, or the derivatives at its initial state
 *       under its basal exceed {@value #STEADY_STATE_TOLERANCE} of the state's scale;</li>
 *   <li>basal outside {@value #MIN_BASAL_UNITS_PER_HOUR}–{@value #MAX_BASAL_UNITS_PER_HOUR} U/h;</li>
 *   <li>carb ratio outside {@value #MIN_CARB_RATIO}–{@value #MAX_CARB_RATIO} g/U.</li>
 * </ul>
 * Patient {@code i} draws from its own stream, keyed (seed, "{@code <model>#<i>}", POPULATION), until a draw is
 * accepted; so the population is a pure function of (model, seed), patient i is the same whatever the size,
 * and the number of attempts is recorded with it.
 */
public final class PopulationGenerator {
    public static final double MIN_BASAL_UNITS_PER_HOUR = 0.1;
    public static final double MAX_BASAL_UNITS_PER_HOUR = 3.0;
    public static final double MIN_CARB_RATIO = 2.0;
    public static final double MAX_CARB_RATIO = 30.0;
    public static final double STEADY_STATE_TOLERANCE = 1e-8;
    /** Draws per patient before the generator gives up (the distributions would be unusable). */
    public static final int MAX_ATTEMPTS = 10_000;

    private PopulationGenerator() {
    }

    /**
     * One accepted patient.
     *
     * @param candidate the patient
     * @param index     its position in the population (0-based)
     * @param attempts  draws it took (1 = the first draw was accepted)
     */
    public record Accepted(PopulationModel.Candidate candidate, int index, int attempts) {
    }

    /**
     * A sampled population.
     *
     * @param model      the population model
     * @param seed       the seed it was drawn with
     * @param patients   accepted patients, in index order
     * @param rejections rejected draws by reason: no steady state, basal, carb ratio
     */
    public record Population(PopulationModel model, long seed, List<Accepted> patients, int[] rejections) {
        public static final String[] REJECTION_REASONS = {"no steady state", "basal outside 0.1-3 U/h",
            "carb ratio outside 2-30 g/U"};
    }

    public static Population generate(PopulationModel model, int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("size: " + size + " is not a positive number of patients");
        }
        RandomStreams streams = new RandomStreams(seed);
        List<Accepted> out = new ArrayList<>(size);
        int[] rejections = new int[3];
        for (int i = 0; i < size; i++) {
            UniformRandomProvider rng = streams.stream(model.modelId() + "#" + i, StreamPurpose.POPULATION);
            Accepted a = null;
            for (int attempt = 1; attempt <= MAX_ATTEMPTS && a == null; attempt++) {
                PopulationModel.Candidate c;
                try {
                    c = model.draw(rng, i);
                } catch (IllegalArgumentException e) {
                    rejections[0]++;
                    continue;
                }
                int reason = rejection(c.model());
                if (reason >= 0) {
                    rejections[reason]++;
                } else {
                    a = new Accepted(c, i, attempt);
                }
            }
            if (a == null) {
                throw new IllegalStateException("patient " + i + " of " + model.modelId() + ": no plausible draw in "
                        + MAX_ATTEMPTS + " attempts");
            }
            out.add(a);
        }
        return new Population(model, seed, List.copyOf(out), rejections);
    }

    /** -1 when {@code m} is plausible, else the index of the reason in {@link Population#REJECTION_REASONS}. */
    public static int rejection(PatientModel m) {
        TherapySettings t = m.therapy();
        if (!hasSteadyState(m)) {
            return 0;
        }
        double basal = t.basalInsulinUnitsPerHour();
        if (!(basal >= MIN_BASAL_UNITS_PER_HOUR && basal <= MAX_BASAL_UNITS_PER_HOUR)) {
            return 1;
        }
        double cr = t.carbRatioGramsPerUnit();
        if (!(cr >= MIN_CARB_RATIO && cr <= MAX_CARB_RATIO)) {
            return 2;
        }
        return -1;
    }

    /** The derivatives at the initial state under the patient's basal vanish (relative to each state's scale). */
    public static boolean hasSteadyState(PatientModel m) {
        double[] x = m.initialState();
        double[] dx = new double[m.dimension()];
        m.derivatives(x, new ModelInputs(0, m.therapy().basalInsulinUnitsPerHour() / 60.0, 0, 1), dx);
        for (int i = 0; i < dx.length; i++) {
            if (!Double.isFinite(x[i]) || x[i] < 0 || !(Math.abs(dx[i]) <= STEADY_STATE_TOLERANCE * Math.max(1, Math.abs(x[i])))) {
                return false;
            }
        }
        return true;
    }
}
