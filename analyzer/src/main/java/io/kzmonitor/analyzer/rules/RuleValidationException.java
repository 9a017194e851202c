package io.kzmonitor.analyzer.rules;

/** A rule file that cannot be used; the message names the file and line. */
public final class RuleValidationException extends RuntimeException {

    /** Creates the exception for {@code file} at {@code line} (1-based). */
    public RuleValidationException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }

    /** Creates the exception with a message that already names its location. */
    public RuleValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
