package org.govkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.govkg.rdf.GovkgVersion;
import org.govkg.store.LabelIndex;

/**
 * Writes {@code fuseki-config.ttl}: a configuration a standalone {@code fuseki-server --config FILE}
 * starts from, serving the build's TDB2 dataset read-only as {@code /govkg} with its union default graph
 * and its full-text index ({@link LabelIndex}), federated SERVICE refused. The text is the resource
 * {@code fuseki-config.ttl} with the TDB2 path (relative to the file, so that a moved build directory
 * still works) and the index definition filled in.
 */
public final class FusekiConfigFile {

    /** Its file name in a build directory. */
    public static final String FILE_NAME = "fuseki-config.ttl";

    private FusekiConfigFile() {
    }

    /**
     * Writes the configuration for the TDB2 database at {@code tdb2} into {@code dir}; the index is the
     * one {@link LabelIndex} keeps next to it.
     */
    public static Path write(Path dir, Path tdb2, Duration timeout) throws IOException {
        Path target = dir.resolve(FILE_NAME).toAbsolutePath();
        Path relative = target.getParent().relativize(tdb2.toAbsolutePath().normalize());
        String text = template()
                .replace("${jenaVersion}", GovkgVersion.jena())
                .replace("${luceneVersion}", GovkgVersion.lucene())
                .replace("${timeoutMillis}", Long.toString(timeout.toMillis()))
                .replace("${tdb2}", relativeIri(relative))
                .replace("${textIndex}", LabelIndex.definition());
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

    /** A relative IRI reference for a relative path: its segments percent-encoded, / between them. */
    private static String relativeIri(Path relative) {
        StringBuilder sb = new StringBuilder();
        for (Path segment : relative) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(segment.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }
}
