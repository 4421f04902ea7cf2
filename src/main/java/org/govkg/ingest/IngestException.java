package org.govkg.ingest;

import java.nio.file.Path;

/**
 * A file that cannot be ingested; {@link #reason()} is a short phrase for a one-line error and
 * {@link #id()} the stable message id: {@link #UNREADABLE}, or {@link #TOO_LARGE} for a file over the
 * size limit.
 */
public final class IngestException extends Exception {

    public static final String UNREADABLE = "UNREADABLE";
    public static final String TOO_LARGE = "TOO-LARGE";

    private final transient Path path;
    private final String reason;
    private final String id;

    public IngestException(Path path, String reason) {
        this(path, reason, null);
    }

    public IngestException(Path path, String reason, Throwable cause) {
        this(UNREADABLE, path, reason, cause);
    }

    public IngestException(String id, Path path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.id = id;
        this.path = path;
        this.reason = reason;
    }

    /** The message id of the skip line: UNREADABLE or TOO-LARGE. */
    public String id() {
        return id;
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
