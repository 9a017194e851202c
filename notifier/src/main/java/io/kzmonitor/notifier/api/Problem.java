package io.kzmonitor.notifier.api;

import io.kzmonitor.notifier.subscription.SubscriptionProblem;
import io.kzmonitor.notifier.subscription.SubscriptionValidator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 {@code application/problem+json} body; {@code errors} names each invalid field.
 *
 * @param type problem type URI ({@code about:blank})
 * @param title short title
 * @param status HTTP status
 * @param detail what went wrong
 * @param errors invalid fields, absent unless the request was invalid
 */
public record Problem(
        String type, String title, int status, String detail, List<SubscriptionValidator.Violation> errors) {

    /** Media type of problems. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The response carrying a refused subscription operation. */
    public static Response of(SubscriptionProblem p) {
        return response(new Problem(
                "about:blank",
                p.title(),
                p.status(),
                p.getMessage(),
                p.violations().isEmpty() ? null : p.violations()));
    }

    /** An exception that answers with a problem. */
    public static WebApplicationException exception(int status, String title, String detail) {
        return new WebApplicationException(response(new Problem("about:blank", title, status, detail, null)));
    }

    private static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
