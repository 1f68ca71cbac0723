package org.wptdlm.domain.planning;

import java.util.List;

/** A planning problem that breaks the file contract; each message names the offending field. */
public class InvalidProblemException extends IllegalArgumentException {

    private final List<String> violations;

    public InvalidProblemException(List<String> violations) {
        super(String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
