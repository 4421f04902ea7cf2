package org.govkg.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.govkg.ingest.Ingestor;

/**
 * What {@code build} was asked to do.
 *
 * @param inputs  files and directories to read
 * @param out     the output directory
 * @param formats extra dump formats beyond ttl and trig (nq, nt, jsonld, rdfxml)
 * @param base    base IRI for data
 * @param threads worker threads, at least 1
 * @param maxSize the largest input file read, in bytes; larger ones are skipped (TOO-LARGE)
 * @param docTimeout the longest one document may take to process; {@link Duration#ZERO} for no limit
 */
public record BuildConfig(List<Path> inputs, Path out, Set<String> formats, String base, int threads,
                          long maxSize, Duration docTimeout) {
    public static final String DEFAULT_BASE = "https://w3id.org/govkg/";
    public static final Set<String> EXTRA_FORMATS = Set.of("nq", "nt", "jsonld", "rdfxml");
    /** The default per-document time limit: minutes for what real reports do in seconds. */
    public static final Duration DEFAULT_DOC_TIMEOUT = Duration.ofMinutes(10);

    /** A configuration with the default size and time limits. */
    public BuildConfig(List<Path> inputs, Path out, Set<String> formats, String base, int threads) {
        this(inputs, out, formats, base, threads, Ingestor.DEFAULT_MAX_SIZE, DEFAULT_DOC_TIMEOUT);
    }

    public BuildConfig {
        requireNonNull(docTimeout, "docTimeout");
        if (maxSize < 1) {
            throw new IllegalArgumentException("--max-size " + maxSize + " < 1 byte");
        }
        if (docTimeout.isNegative()) {
            throw new IllegalArgumentException("--doc-timeout " + docTimeout + " < 0");
        }
        inputs = List.copyOf(inputs);
        requireNonNull(out, "out");
        formats = Set.copyOf(formats);
        requireNonNull(base, "base");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no inputs");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " < 1");
        }
        for (String f : formats) {
            if (!EXTRA_FORMATS.contains(f)) {
                throw new IllegalArgumentException("unknown format '" + f
                        + "' (known: nq, nt, jsonld, rdfxml)");
            }
        }
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("base IRI '" + base + "' must end with / or #");
        }
    }
}
