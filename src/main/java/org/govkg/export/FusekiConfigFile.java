package org.govkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Writes {@code fuseki-config.ttl}: a configuration a standalone {@code fuseki-server --config FILE}
 * starts from, serving the build's TDB2 dataset read-only as {@code /govkg} with its union default graph.
 * The text is the resource {@code fuseki-config.ttl} with the TDB2 path filled in.
 */
public final class FusekiConfigFile {

    /** Its file name in a build directory. */
    public static final String FILE_NAME = "fuseki-config.ttl";

    private FusekiConfigFile() {
    }

    /** Writes the configuration for the TDB2 database at {@code tdb2} into {@code dir}. */
    public static Path write(Path dir, Path tdb2, Duration timeout) throws IOException {
        Path target = dir.resolve(FILE_NAME).toAbsolutePath();
        String text = template()
                .replace("${config}", target.toString())
                .replace("${timeoutMillis}", Long.toString(timeout.toMillis()))
                .replace("${tdb2}", escape(tdb2.toAbsolutePath().normalize().toString()));
        AtomicFile.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        return target;
    }

    private static String template() throws IOException {
        try (InputStream in = FusekiConfigFile.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IOException("resource " + FILE_NAME + " missing from the govkg jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Escapes a path for a Turtle string literal. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
