package org.govkg.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What {@code build} was asked to do.
 *
 * @param inputs  files and directories to read
 * @param out     the output directory
 * @param formats extra dump formats beyond ttl and trig (nq, nt, jsonld, rdfxml)
 * @param base    base IRI for data
 * @param threads worker threads, at least 1
 * @param add     keep the documents of the previous build that this one does not read again; by default
 *                the output holds exactly this build's inputs
 */
public record BuildConfig(List<Path> inputs, Path out, Set<String> formats, String base, int threads,
                          boolean add) {
    public static final String DEFAULT_BASE = "https://w3id.org/govkg/";
    public static final Set<String> EXTRA_FORMATS = Set.of("nq", "nt", "jsonld", "rdfxml");

    public BuildConfig {
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
