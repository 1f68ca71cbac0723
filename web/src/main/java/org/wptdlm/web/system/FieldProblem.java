package org.wptdlm.web.system;

/**
 * One offending input in a 400 problem detail's {@code errors} array.
 *
 * @param field the JSON path (e.g. {@code pads[1].efficiency}) or query parameter
 */
public record FieldProblem(String field, String message) {
}
