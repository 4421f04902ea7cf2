package org.govkg.ingest;

import java.nio.file.Path;

/** A file that cannot be ingested; {@link #reason()} is a short phrase for a one-line error. */
public final class IngestException extends Exception {

    private final transient Path path;
    private final String reason;

    public IngestException(Path path, String reason) {
        this(path, reason, null);
    }

    public IngestException(Path path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    public Path path() {
        return path;
    }

    public String reason() {
        return reason;
    }

    /** A library's exception as a short phrase: its message, else its class name. */
    static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName()
                : m.strip().lines().findFirst().orElse(m);
    }
}
