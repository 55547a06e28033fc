package io.vetted.support.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.problem.HttpStatusType;
import io.micronaut.problem.ProblemErrorResponseProcessor;
import io.micronaut.problem.conf.ProblemConfiguration;
import jakarta.inject.Singleton;
import org.zalando.problem.Problem;
import org.zalando.problem.ThrowableProblem;

/** Framework errors (404, 405, 415, ...) get the status reason as their title instead of none. */
@Singleton
@Replaces(ProblemErrorResponseProcessor.class)
final class TitledProblemResponseProcessor extends ProblemErrorResponseProcessor {

    TitledProblemResponseProcessor(ProblemConfiguration config) {
        super(config);
    }

    @Override
    @NonNull
    protected ThrowableProblem defaultProblem(@NonNull ErrorContext errorContext, @NonNull HttpStatus httpStatus) {
        ThrowableProblem problem = super.defaultProblem(errorContext, httpStatus);
        if (problem.getTitle() != null) {
            return problem;
        }
        var builder =
                Problem.builder().withStatus(new HttpStatusType(httpStatus)).withTitle(httpStatus.getReason());
        if (problem.getDetail() != null) {
            builder.withDetail(problem.getDetail());
        }
        problem.getParameters().forEach(builder::with);
        return builder.build();
    }
}
