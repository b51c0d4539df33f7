package org.vpsim.scenario.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a scenario (or of one record) before anything is refused, so a user sees all
 * of them at once. Problems from outside the scenario records (controller providers' settings checks,
 * device models, the patient registry) join the same list through {@link #add}.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public Problems add(Problem p) {
        list.add(p);
        return this;
    }

    public Problems add(String path, Object value, String allowed, String hint) {
        return add(new Problem(path, value == null ? null : FieldRules.render(value), allowed, hint));
    }

    public Problems addAll(List<Problem> problems) {
        list.addAll(problems);
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws a {@link ScenarioException} holding every problem collected, if any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ScenarioException(list);
        }
    }
}
