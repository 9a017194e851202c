package io.kzmonitor.notifier.subscription;

import java.util.List;

/** A refused subscription operation, with its HTTP status and, for invalid input, the fields at fault. */
public final class SubscriptionProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final List<SubscriptionValidator.Violation> violations;

    /** A problem with a status, a short title and a detail message (never containing a secret). */
    public SubscriptionProblem(
            int status, String title, String detail, List<SubscriptionValidator.Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    /** A problem without field violations. */
    public SubscriptionProblem(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    /** HTTP status. */
    public int status() {
        return status;
    }

    /** Short title. */
    public String title() {
        return title;
    }

    /** The invalid fields, empty unless the status is 400. */
    public List<SubscriptionValidator.Violation> violations() {
        return violations;
    }
}
