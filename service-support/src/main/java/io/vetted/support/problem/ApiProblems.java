package io.vetted.support.problem;

import io.micronaut.http.HttpStatus;
import io.micronaut.problem.HttpStatusType;
import io.micronaut.problem.violations.ConstraintViolationThrowableProblem;
import io.micronaut.problem.violations.Violation;
import java.util.List;
import org.zalando.problem.Problem;
import org.zalando.problem.ThrowableProblem;

/** Problem+json errors that services throw; the problem module renders them. */
public final class ApiProblems {

    private ApiProblems() {}

    /** A request that is well-formed but breaks a rule about one field. */
    public static ThrowableProblem invalidField(HttpStatus status, String field, String message) {
        return new ConstraintViolationThrowableProblem(
                new HttpStatusType(status), List.of(new Violation(field, message)));
    }

    public static ThrowableProblem unprocessable(String field, String message) {
        return invalidField(HttpStatus.UNPROCESSABLE_ENTITY, field, message);
    }

    public static ThrowableProblem notFound(String detail) {
        return status(HttpStatus.NOT_FOUND, detail);
    }

    public static ThrowableProblem forbidden(String detail) {
        return status(HttpStatus.FORBIDDEN, detail);
    }

    public static ThrowableProblem conflict(String detail) {
        return status(HttpStatus.CONFLICT, detail);
    }

    public static ThrowableProblem unavailable(String detail) {
        return status(HttpStatus.SERVICE_UNAVAILABLE, detail);
    }

    public static ThrowableProblem status(HttpStatus status, String detail) {
        return Problem.builder()
                .withStatus(new HttpStatusType(status))
                .withTitle(status.getReason())
                .withDetail(detail)
                .build();
    }
}
