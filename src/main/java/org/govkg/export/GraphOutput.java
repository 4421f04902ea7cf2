package org.govkg.export;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.govkg.rdf.IriScheme;
import org.govkg.rdf.ReportGraphEmitter;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.store.GraphStore;

/**
 * The RDF side of a build: streams each resolved document's named graph into the build directory's
 * TDB2 dataset (replacing the graph a previous build wrote for it), and on {@link #commit()} makes
 * that durable in one transaction and writes the dumps, the entities table ({@link EntityTable}) and
 * {@code fuseki-config.ttl}.
 * <p>Use from one thread: TDB2 write transactions belong to the thread that began them. Closing without
 * a commit leaves the dataset and the dumps as they were.
 */
public final class GraphOutput implements AutoCloseable {

    /** The query timeout written into the Fuseki configuration. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Path dir;
    private final Set<DumpFormat> formats;
    private final ReportGraphEmitter emitter;
    private final RdfDumps dumps;
    private final GraphStore store;
    private GraphStore.Replacement replacement;

    /**
     * @param dir     the build directory
     * @param base    the data base IRI
     * @param formats dump formats besides ttl and trig (which are always written)
     */
    public GraphOutput(Path dir, String base, Collection<DumpFormat> formats) {
        this.dir = requireNonNull(dir, "dir");
        this.formats = RdfDumps.standardFormats();
        this.formats.addAll(formats);
        IriScheme iris = new IriScheme(base);
        this.emitter = new ReportGraphEmitter(iris);
        this.dumps = new RdfDumps(base);
        this.store = GraphStore.open(dir);
    }

    /** Replaces {@code doc}'s graph (uncommitted until {@link #commit()}). */
    public void accept(ResolvedDocument doc) {
        if (replacement == null) {
            replacement = store.beginReplacement();
        }
        replacement.replace(emitter.graphOf(doc));
        emitter.emit(doc, replacement.sink());
    }

    /**
     * Commits the documents accepted so far, then writes the dumps of the whole dataset and the Fuseki
     * configuration.
     *
     * @return the number of triples in the merged graph
     */
    public long commit() throws IOException {
        if (replacement != null) {
            replacement.commit();
            replacement = null;
            // Replaced graphs leave dead space behind in TDB2; compaction keeps a rebuilt dataset small.
            store.compact();
        }
        long triples = dumps.write(store.dataset(), dir, formats);
        EntityTable.write(store.dataset(), dir);
        FusekiConfigFile.write(dir, store.location(), DEFAULT_TIMEOUT);
        return triples;
    }

    /** The formats this output writes. */
    public Set<DumpFormat> formats() {
        return EnumSet.copyOf(formats);
    }

    @Override
    public void close() {
        try {
            if (replacement != null) {
                replacement.close();
                replacement = null;
            }
        } finally {
            store.close();
        }
    }
}
