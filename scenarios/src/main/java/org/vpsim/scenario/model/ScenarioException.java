package org.vpsim.scenario.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A scenario that cannot run, with every {@link Problem} found: each names the field path, the value
 * found and what is allowed. The message lists them one per line in file order.
 */
public final class ScenarioException extends RuntimeException {
    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(message(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** One problem stated in words: {@code fieldPath: problem}. */
    public ScenarioException(String fieldPath, String problem) {
        this(List.of(Problem.stated(fieldPath, problem)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** JSON path of the first offending field, e.g. {@code arms[1].pump.basalProfile[2].unitsPerHour}. */
    public String fieldPath() {
        return problems.get(0).path();
    }

    /** The same problems with paths rewritten, e.g. {@code durationDays} to {@code --days}. */
    public ScenarioException mapPaths(UnaryOperator<String> f) {
        return new ScenarioException(problems.stream().map(p -> p.withPath(f.apply(p.path()))).toList());
    }

    private static String message(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).describe();
        }
        StringBuilder sb = new StringBuilder(problems.size() + " problems:");
        for (Problem p : problems) {
            sb.append("\n  ").append(p.describe());
        }
        return sb.toString();
    }
}
