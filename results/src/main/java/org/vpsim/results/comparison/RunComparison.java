package org.vpsim.results.comparison;

import java.util.ArrayList;
import java.util.List;

/**
 * Which arms of two runs (or of one run) are compared, and what else differs between their studies.
 *
 * @param comparisons          one paired comparison per arm pair
 * @param scenarioDifferences  every difference other than therapy, over all arm pairs (deduplicated)
 */
public record RunComparison(List<PairedComparison> comparisons, List<String> scenarioDifferences) {

    /**
     * Pairs arms: with {@code arms} = [A, B], the baseline run's arm A against the candidate run's arm
     * B (the two runs may be the same directory); without, every arm the two runs share, by name.
     *
     * @throws IllegalArgumentException naming a missing arm, or when the runs share no arm
     */
    public static RunComparison of(RunMetrics baseline, RunMetrics candidate, List<String> arms) {
        List<String[]> pairs = armPairs(baseline, candidate, arms);
        List<String> differences = differencesOver(baseline, candidate, pairs);
        List<PairedComparison> comparisons = new ArrayList<>();
        for (String[] p : pairs) {
            comparisons.add(PairedComparison.of(p[0], baseline.rowsOf(p[0]), p[1], candidate.rowsOf(p[1])));
        }
        return new RunComparison(comparisons, differences);
    }

    /**
     * What differs between the studies other than therapy, over the arm pairs {@link #of} would
     * compare (check this before pairing patients: a different cohort is reported here, in words).
     */
    public static List<String> scenarioDifferences(RunMetrics baseline, RunMetrics candidate, List<String> arms) {
        return differencesOver(baseline, candidate, armPairs(baseline, candidate, arms));
    }

    private static List<String> differencesOver(RunMetrics baseline, RunMetrics candidate, List<String[]> pairs) {
        List<String> differences = new ArrayList<>();
        for (String[] p : pairs) {
            for (String d : ScenarioDifferences.between(baseline.manifest(), p[0], candidate.manifest(), p[1])) {
                if (!differences.contains(d)) {
                    differences.add(d);
                }
            }
        }
        return differences;
    }

    private static List<String[]> armPairs(RunMetrics baseline, RunMetrics candidate, List<String> arms) {
        List<String[]> pairs = new ArrayList<>();
        if (arms != null && !arms.isEmpty()) {
            if (arms.size() != 2) {
                throw new IllegalArgumentException("--arms: give two arm names BASELINE,CANDIDATE, not " + arms);
            }
            requireArm(baseline, arms.get(0), "baseline");
            requireArm(candidate, arms.get(1), "candidate");
            pairs.add(new String[] {arms.get(0), arms.get(1)});
        } else {
            for (String a : baseline.arms()) {
                if (candidate.arms().contains(a)) {
                    pairs.add(new String[] {a, a});
                }
            }
            if (pairs.isEmpty()) {
                throw new IllegalArgumentException("the runs share no arm name (baseline: " + baseline.arms()
                        + ", candidate: " + candidate.arms() + "); choose two with --arms BASELINE,CANDIDATE");
            }
        }
        return pairs;
    }

    /** Every gate on every arm pair. */
    public List<Gate.Outcome> evaluate(List<Gate> gates) {
        List<Gate.Outcome> out = new ArrayList<>();
        for (Gate g : gates) {
            for (PairedComparison pc : comparisons) {
                out.add(g.evaluate(pc));
            }
        }
        return out;
    }

    private static void requireArm(RunMetrics run, String arm, String role) {
        if (!run.arms().contains(arm)) {
            throw new IllegalArgumentException("--arms: the " + role + " run " + run.directory() + " has no arm '"
                    + arm + "' (it has " + run.arms() + ")");
        }
    }
}
