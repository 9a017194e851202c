package io.kzmonitor.notifier.api;

import io.kzmonitor.notifier.subscription.SubscriptionProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a refused subscription operation with {@code application/problem+json}. */
@Provider
public class ProblemMapper implements ExceptionMapper<SubscriptionProblem> {

    @Override
    public Response toResponse(SubscriptionProblem problem) {
        return Problem.of(problem);
    }
}
