package org.govkg.export;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.govkg.rdf.GovkgVersion;
import org.govkg.rdf.ReportGraphEmitter;
import org.govkg.resolve.IriScheme;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RDF side of a build: streams each resolved document's named graph into the build directory's
 * TDB2 dataset (replacing the graph a previous build wrote for it), and on {@link #commit()} makes
 * that durable in one transaction and writes the dumps, the entities table ({@link EntityTable}) and
 * {@code fuseki-config.ttl}.
 * <p>Use from one thread: TDB2 write transactions belong to the thread that began them. Closing without
 * a commit leaves the dataset and the dumps as they were.
 */
public final class GraphOutput implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GraphOutput.class);

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
        // A build killed while writing leaves hidden temporary files; this build holds the lock now.
        List<String> names = new ArrayList<>(List.of(EntityTable.FILE, FusekiConfigFile.FILE_NAME));
        EnumSet.allOf(DumpFormat.class).forEach(f -> names.add(f.fileName()));
        try {
            AtomicFile.removeLeftovers(dir, names);
        } catch (IOException e) {
            LOG.warn("could not remove temporary files left in {}: {}", dir, e.toString());
        }
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
        long removed = 0;
        if (replacement != null) {
            removed = replacement.removed();
            replacement.commit();
            replacement = null;
        }
        store.describe(dumps.base(), GovkgVersion.current());
        // The entities table reads the dataset while the dumps are sorted and written: both only read.
        ExecutorService pool = Executors.newFixedThreadPool(formats.size() + 1, daemon());
        RdfDumps.Written written;
        try {
            CompletableFuture<Void> table = CompletableFuture.runAsync(() -> {
                try {
                    EntityTable.write(store.dataset(), dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, pool);
            try {
                written = dumps.write(store.dataset(), dir, formats, pool);
            } finally {
                join(table);
            }
        } finally {
            pool.shutdownNow();
        }
        FusekiConfigFile.write(dir, store.location(), DEFAULT_TIMEOUT);
        if (removed > 0) {
            // Replaced graphs leave dead space behind in TDB2; compaction keeps a rebuilt dataset small.
            store.collectGarbage(removed, written.quads());
        }
        return written.triples();
    }

    private static ThreadFactory daemon() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "govkg-output-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void join(CompletableFuture<Void> task) throws IOException {
        try {
            task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
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
