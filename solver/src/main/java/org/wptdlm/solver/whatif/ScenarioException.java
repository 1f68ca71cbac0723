package org.wptdlm.solver.whatif;

import java.util.List;

/** A scenario that does not fit the hub it is applied to; each message names the offending field. */
public class ScenarioException extends IllegalArgumentException {

    private final List<String> violations;

    public ScenarioException(List<String> violations) {
        super(String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
