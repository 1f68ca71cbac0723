package org.wptdlm.web.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 7807 problem detail. Bad input is a 400 whose {@code errors} array names
 * each offending field; unknown ids are 404; duplicates and deletions that would orphan data are 409.
 * Spring's own MVC exceptions (wrong method, unsupported media type, …) keep their status.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String INVALID_INPUT = "The request has invalid input; see errors.";

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException exception) {
        return badRequest(exception.errors());
    }

    /** A concurrent request won the race past our own checks; the database kept the data consistent. */
    @ExceptionHandler
    ProblemDetail duplicate(DuplicateKeyException exception) {
        log.info("Duplicate refused by the database: {}", exception.getMostSpecificCause().getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A resource with this id already exists.");
    }

    @ExceptionHandler
    ProblemDetail integrityViolation(DataIntegrityViolationException exception) {
        log.info("Change refused by the database: {}", exception.getMostSpecificCause().getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The change conflicts with stored data (a referenced resource is missing or still in use).");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> toProblem(error, exception.getParameter().getParameterType()))
                .toList();
        List<FieldProblem> globalErrors = exception.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(badRequest(concat(errors, globalErrors)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), messageOf(error))))
                .toList();
        return ResponseEntity.badRequest().body(badRequest(errors));
    }

    /** A query or path parameter of the wrong type, e.g. {@code ?status=BROKEN} or {@code ?from=yesterday}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = exception.getPropertyName() == null ? "parameter" : exception.getPropertyName();
        String message = "invalid value '" + exception.getValue() + "'" + expected(exception.getRequiredType());
        return ResponseEntity.badRequest().body(badRequest(List.of(new FieldProblem(field, message))));
    }

    /** Malformed JSON, unknown properties, unknown enum values, text where a number belongs. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = exception.getCause();
        FieldProblem problem;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            problem = new FieldProblem(path(unknown), "unknown property; allowed: " + unknown.getKnownPropertyIds());
        } else if (cause instanceof InvalidFormatException format) {
            problem = new FieldProblem(path(format),
                    "invalid value '" + format.getValue() + "'" + expected(format.getTargetType()));
        } else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            problem = new FieldProblem(path(mismatch), "wrong JSON type" + expected(mismatch.getTargetType()));
        } else {
            problem = new FieldProblem("body", "malformed JSON or missing body");
        }
        return ResponseEntity.badRequest().body(badRequest(List.of(problem)));
    }

    private static ProblemDetail badRequest(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static FieldProblem toProblem(FieldError error, Class<?> bodyType) {
        String message = error.isBindingFailure()
                ? "invalid value '" + error.getRejectedValue() + "'"
                : error.getDefaultMessage();
        return new FieldProblem(JsonFieldPath.of(bodyType, error.getField()), message);
    }

    private static String messageOf(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "invalid value" : error.getDefaultMessage();
    }

    /** The JSON path of the offending value, e.g. {@code pads[1].efficiency}. */
    private static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            return "; expected one of " + Arrays.stream(type.getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Instant.class) {
            return "; expected an ISO-8601 instant such as 2026-03-02T08:00:00Z";
        }
        return "; expected " + type.getSimpleName().toLowerCase();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
