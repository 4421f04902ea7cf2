package org.govkg.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 dataset of a build ({@code DIR/tdb2}): one named graph per document, queried through the
 * union default graph so that the merged view needs no GRAPH clauses, with its full-text index
 * ({@link LabelIndex}, {@code DIR/text}) kept in step: {@link #dataset()} is the text-indexed view, so
 * that every graph replaced here replaces its index documents in the same transaction and
 * {@code text:query} works on it.
 * <p>Writes go through {@link #replaceGraphs}: one write transaction that drops and re-adds each given
 * graph, so rebuilding a document replaces its graph, and a process killed mid-way leaves the last
 * committed state.
 */
public final class GraphStore implements AutoCloseable {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);

    /** The directory under a build directory that holds the TDB2 database. */
    public static final String TDB2_DIR = "tdb2";
    /** Dead quads left by replaced graphs since the last compaction, kept next to the database files. */
    static final String GARBAGE_FILE = "govkg-garbage";

    private final Path location;
    private final DatasetGraph tdb;
    private final DatasetGraph dataset;

    private GraphStore(Path location, DatasetGraph tdb, DatasetGraph dataset) {
        this.location = location;
        this.tdb = tdb;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the TDB2 dataset of build directory {@code buildDir}. */
    public static GraphStore open(Path buildDir) {
        Path location = buildDir.resolve(TDB2_DIR).toAbsolutePath().normalize();
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        } catch (RuntimeException e) {
            // TDB2 allows one process per database: say who is in the way rather than "Failed to get a lock".
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new IllegalStateException(location + " is in use by another process (" + e.getMessage()
                        + "); stop the govkg serve or build using it first", e);
            }
            throw e;
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph text;
        try {
            text = LabelIndex.wrap(dsg, buildDir);
        } catch (RuntimeException e) {
            TDBInternal.expel(dsg);
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new IllegalStateException(buildDir.resolve(LabelIndex.DIR) + " is in use by another"
                        + " process (" + e.getMessage() + "); stop the govkg serve or build using it first",
                        e);
            }
            throw e;
        }
        return new GraphStore(location, dsg, text);
    }

    /** Opens the TDB2 dataset of an existing build; fails when {@code buildDir} holds none. */
    public static GraphStore openExisting(Path buildDir) {
        Path location = buildDir.resolve(TDB2_DIR);
        if (!Files.isDirectory(location)) {
            throw new IllegalArgumentException(buildDir + " holds no TDB2 dataset (no " + TDB2_DIR
                    + "/); run govkg build first");
        }
        return open(buildDir);
    }

    /** The absolute directory of the TDB2 database. */
    public Path location() {
        return location;
    }

    /**
     * The dataset with its full-text index; its default graph is the union of the named graphs. Use it
     * inside transactions.
     */
    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * Replaces named graphs in one write transaction: {@code writer} is called with a {@link Replacement}
     * through which it names each graph to replace and streams its new quads.
     * If {@code writer} throws, nothing changes.
     */
    public void replaceGraphs(Consumer<Replacement> writer) {
        requireNonNull(writer, "writer");
        try (Replacement r = beginReplacement()) {
            writer.accept(r);
            r.commit();
        }
    }

    /**
     * Begins a write transaction on this thread for replacing graphs one by one (e.g. as documents
     * arrive); nothing is visible to readers or durable until {@link Replacement#commit()}, and
     * {@link Replacement#close()} without a commit aborts.
     */
    public Replacement beginReplacement() {
        dataset.begin(ReadWrite.WRITE);
        return new Replacement(dataset);
    }

    /**
     * Replaces the ontology graph and the VoID description of the dataset ({@link DatasetDescription})
     * in one write transaction; call after the reports' graphs changed.
     */
    public void describe(String base, String version) {
        requireNonNull(base, "base");
        requireNonNull(version, "version");
        Txn.executeWrite(dataset, () -> DatasetDescription.replace(dataset, base, version));
    }

    /** Number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** Names of the named graphs. */
    public List<Node> graphs() {
        return Txn.calculateRead(dataset, () -> {
            List<Node> graphs = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(graphs::add);
            return graphs;
        });
    }

    /** Compacts the database, removing the space left by replaced graphs. */
    public void compact() {
        // The text index stays joined: compaction keeps the transaction coordinator's components.
        DatabaseMgr.compact(tdb, true);
        writeGarbage(0);
    }

    /**
     * Records that a committed replacement left {@code removed} dead quads behind and compacts when the
     * dead quads since the last compaction outnumber the {@code live} ones. A first build leaves none,
     * so it never pays for a compaction; repeated rebuilds keep the database within about twice its
     * live size.
     *
     * @return whether it compacted
     */
    public boolean collectGarbage(long removed, long live) {
        long garbage = readGarbage() + removed;
        if (garbage > live) {
            compact();
            return true;
        }
        if (removed > 0) {
            writeGarbage(garbage);
        }
        return false;
    }

    private Path garbageFile() {
        return location.resolve(GARBAGE_FILE);
    }

    private long readGarbage() {
        try {
            return Files.exists(garbageFile()) ? Long.parseLong(Files.readString(garbageFile()).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            // Unknown: assume the worst so the next commit compacts.
            LOG.debug("unreadable {}: {}", garbageFile(), e.toString());
            return Long.MAX_VALUE / 2;
        }
    }

    private void writeGarbage(long garbage) {
        try {
            Path temp = Files.createTempFile(location, "." + GARBAGE_FILE, ".tmp");
            Files.writeString(temp, garbage + "\n");
            Files.move(temp, garbageFile(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record dead space in " + garbageFile(), e);
        }
    }

    @Override
    public void close() {
        // TDB2 datasets are cached per location by Jena; release it so another process may open it.
        try {
            LabelIndex.close(dataset);
        } finally {
            TDBInternal.expel(tdb);
        }
        LOG.debug("closed {}", location);
    }

    /** A write transaction that drops graphs and adds quads. Confined to the thread that began it. */
    public static final class Replacement implements AutoCloseable {
        private final DatasetGraph dataset;
        private final StreamRDF sink;
        private boolean open = true;
        private long removed;

        private Replacement(DatasetGraph dataset) {
            this.dataset = dataset;
            this.sink = StreamRDFLib.dataset(dataset);
        }

        /** Drops graph {@code graph} so that the quads sent next for it replace its old content. */
        public void replace(Node graph) {
            requireNonNull(graph, "graph");
            if (!open) {
                throw new IllegalStateException("replacement already ended");
            }
            Iterator<Quad> old = dataset.find(graph, Node.ANY, Node.ANY, Node.ANY);
            while (old.hasNext()) {
                old.next();
                removed++;
            }
            dataset.removeGraph(graph);
        }

        /** Quads the replaced graphs held before. */
        public long removed() {
            return removed;
        }

        /** Where to send the new quads (quads only; triples would land in the real default graph). */
        public StreamRDF sink() {
            return sink;
        }

        /** Makes the replacement durable and visible. */
        public void commit() {
            if (open) {
                dataset.commit();
                dataset.end();
                open = false;
            }
        }

        /** Aborts unless committed. */
        @Override
        public void close() {
            if (open) {
                dataset.abort();
                dataset.end();
                open = false;
            }
        }
    }
}
