package org.wptdlm.web.system;

import java.util.List;
import java.util.function.Supplier;

/**
 * Input that passed the field checks but not the domain's rules (a departure before the arrival, a
 * pad on a circuit the hub does not have): answered with 400 and the offending fields.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> errors;

    public InvalidInputException(List<FieldProblem> errors) {
        super(errors.stream().map(error -> error.field() + ": " + error.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** The same problems for input nested at {@code prefix}, e.g. {@code pads[2].}. */
    public InvalidInputException nestedAt(String prefix) {
        return new InvalidInputException(errors.stream()
                .map(error -> new FieldProblem(prefix + error.field(), error.message()))
                .toList());
    }

    /**
     * Builds a domain record from request input; a broken invariant becomes a 400 rather than a 500.
     * The domain's messages name the field first ("gridLimitKw must be …").
     */
    public static <T> T whenBuilding(Supplier<T> domainRecord) {
        try {
            return domainRecord.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = e.getMessage() == null ? "invalid value" : e.getMessage();
            int space = message.indexOf(' ');
            String field = space > 0 ? message.substring(0, space) : "body";
            throw new InvalidInputException(field, message);
        }
    }
}
