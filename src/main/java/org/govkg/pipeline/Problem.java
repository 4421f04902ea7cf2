package org.govkg.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import org.govkg.ingest.FileNames;

/**
 * An input that was skipped, with the reason; printed as one line {@code build#ID path: reason}.
 *
 * @param id     stable message id (INPUT, UNREADABLE, DUPLICATE, FAILED)
 * @param path   the input
 * @param reason one line saying why
 * @param cause  the exception behind a FAILED document, for {@code -v}; empty otherwise
 */
public record Problem(String id, Path path, String reason, Optional<Throwable> cause) {
    public Problem {
        requireNonNull(id, "id");
        requireNonNull(path, "path");
        requireNonNull(reason, "reason");
        requireNonNull(cause, "cause");
    }

    public Problem(String id, Path path, String reason) {
        this(id, path, reason, Optional.empty());
    }

    /**
     * A document whose processing threw {@code e}: the reason names the exception and where it arose;
     * a document the processor stopped ({@link DocumentProcessor.Skipped}: time limit, heap, stack) keeps
     * the processor's id and reason.
     */
    public static Problem failed(Path path, Throwable e) {
        if (e instanceof DocumentProcessor.Skipped s) {
            return new Problem(s.id(), path, s.getMessage(), Optional.of(e));
        }
        return new Problem("FAILED", path, "processing failed: " + describe(e), Optional.of(e));
    }

    /** A one-line reason for an I/O failure on an input: what the operating system said, without a path. */
    static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file (removed while the build ran?)";
        }
        String m = e.getMessage();
        return (m == null ? e.toString() : m).replace('\n', ' ').replace('\r', ' ');
    }

    /** The problem as one line: the path byte-exact and, like the reason, with control characters escaped. */
    public String line() {
        return "build#" + id + " " + FileNames.printable(path) + ": " + FileNames.printable(reason);
    }

    /**
     * The exception, its message and the first frame of govkg's own code, e.g. {@code
     * java.lang.UnsupportedOperationException at org.govkg.resolve.PlaceLinker.decide(PlaceLinker.java:98)}.
     */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.toString());
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.govkg.")) {
                sb.append(" at ").append(f.getClassName()).append('.').append(f.getMethodName()).append('(')
                        .append(f.getFileName()).append(':').append(f.getLineNumber()).append(')');
                break;
            }
        }
        return sb.toString().replace('\n', ' ').replace('\r', ' ');
    }
}
