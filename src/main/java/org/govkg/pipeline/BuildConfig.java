package org.govkg.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.govkg.export.RdfDumps;
import org.govkg.ingest.Ingestor;

/**
 * What {@code build} was asked to do.
 *
 * @param inputs  files and directories to read
 * @param out     the output directory
 * @param formats extra dump formats beyond ttl and trig (nq, nt, jsonld, rdfxml, graphml, gexf, neo4j)
 * @param base    base IRI for data
 * @param threads worker threads, at least 1
 * @param add     keep the documents of the previous build that this one does not read again; by default
 *                the output holds exactly this build's inputs
 * @param maxSize the largest input file read, in bytes; larger ones are skipped (TOO-LARGE)
 * @param docTimeout the longest one document may take to process; {@link Duration#ZERO} for no limit
 * @param gzip    write the RDF dumps gzip-compressed ({@code govkg.ttl.gz}, …)
 */
public record BuildConfig(List<Path> inputs, Path out, Set<String> formats, String base, int threads,
                          boolean add, long maxSize, Duration docTimeout, boolean gzip) {
    public static final String DEFAULT_BASE = "https://w3id.org/govkg/";
    /** Every dump format besides the two each build writes (ttl, trig), in export.DumpFormat's order. */
    public static final Set<String> EXTRA_FORMATS = extraFormats();
    /** The default per-document time limit: minutes for what real reports do in seconds. */
    public static final Duration DEFAULT_DOC_TIMEOUT = Duration.ofMinutes(10);

    /** A configuration with the default size and time limits. */
    public BuildConfig(List<Path> inputs, Path out, Set<String> formats, String base, int threads,
            boolean add) {
        this(inputs, out, formats, base, threads, add, Ingestor.DEFAULT_MAX_SIZE, DEFAULT_DOC_TIMEOUT, false);
    }

    private static Set<String> extraFormats() {
        Set<String> ids = new LinkedHashSet<>();
        EnumSet.complementOf(EnumSet.copyOf(RdfDumps.standardFormats())).forEach(f -> ids.add(f.id()));
        return Collections.unmodifiableSet(ids);
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
                        + "' (known: " + String.join(", ", EXTRA_FORMATS) + ")");
            }
        }
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("base IRI '" + base + "' must end with / or #");
        }
    }
}
