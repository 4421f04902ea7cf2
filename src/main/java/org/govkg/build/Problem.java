package org.govkg.build;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** An input that was skipped, with the reason; printed as one line {@code build#ID path: reason}. */
public record Problem(String id, Path path, String reason) {
    public Problem {
        requireNonNull(id, "id");
        requireNonNull(path, "path");
        requireNonNull(reason, "reason");
    }

    public String line() {
        return "build#" + id + " " + path + ": " + reason;
    }
}
