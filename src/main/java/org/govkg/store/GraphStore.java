package org.govkg.store;


import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.sys.SystemIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
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
 * The TDB2 dataset of a build generation ({@code GENERATION/tdb2}): one named graph per document, queried
 * through the union default graph so that the merged view needs no GRAPH clauses.
 * <p>A generation's dataset is written once, by {@link #load}, which packs sorted index rows
 * ({@link PackedLoad}), and only read after that: a new build makes a new generation rather than
 * changing this one (see {@link BuildDirectory}). Its full-text index ({@link LabelIndex},
 * {@code GENERATION/text}) is filled from the loaded dataset when the generation is first opened, still
 * before it is published, and {@link #dataset()} is the text-indexed view.
 */
public final class GraphStore implements AutoCloseable {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);

    /** The directory under a build directory that holds the TDB2 database. */
    public static final String TDB2_DIR = "tdb2";

    private final Path location;
    private final DatasetGraph tdb;
    private final DatasetGraph dataset;

    private GraphStore(Path location, DatasetGraph tdb, DatasetGraph dataset) {
        this.location = location;
        this.tdb = tdb;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the TDB2 dataset in {@code buildDir}/tdb2 (a generation's directory). */
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
        } catch (RuntimeException | Error e) {
            // An Error too: TDB2 and Lucene write through memory-mapped files, where a full disk faults.
            TDBInternal.expel(dsg);
            if (e instanceof RuntimeException && String.valueOf(e.getMessage()).contains("lock")) {
                throw new IllegalStateException(buildDir.resolve(LabelIndex.DIR) + " is in use by another"
                        + " process (" + e.getMessage() + "); stop the govkg serve or build using it first",
                        e);
            }
            throw e;
        }
        return new GraphStore(location, dsg, text);
    }

    /**
     * Opens the TDB2 dataset of the current generation of an existing build, resolved now: the store keeps
     * reading that generation even when a build publishes a newer one meanwhile. Fails with a one-line
     * reason when {@code buildDir} holds no build.
     */
    public static GraphStore openExisting(Path buildDir) {
        Path generation;
        try {
            generation = BuildDirectory.at(buildDir).requireCurrent();
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!Files.isDirectory(generation.resolve(TDB2_DIR))) {
            throw new IllegalArgumentException(buildDir + " holds no TDB2 dataset (no " + TDB2_DIR
                    + "/); run govkg build first");
        }
        return open(generation);
    }

    /**
     * N-Quads larger than this are loaded with TDB2's files accessed directly, through its own block
     * caches in the heap, instead of memory-mapped. Mapped is TDB2's default and the faster (a direct
     * load of 50 documents took 1.2 times as long), but every page a load touches stays resident: the
     * process grew with the dataset, to 7.6 GB at 5,000 documents (21 M quads) under a 1 GB heap. Below
     * this size the mapped pages stay under about 400 MB. Jena fixes the mode at the first database a
     * process opens (StoreParams' fileMode is not used), so the switch takes in a build's process,
     * whose load opens the first; where another database was opened before, the load stays mapped.
     */
    static final long DIRECT_FILES_ABOVE = 256L << 20;

    /**
     * Creates the TDB2 dataset of a new generation, {@code generation/tdb2}, from an N-Quads file, its
     * indexes packed from sorted rows ({@link PackedLoad}) in memory that does not grow with the data. The
     * database is closed again when loaded. Above {@link #DIRECT_FILES_ABOVE} this process accesses TDB2
     * files directly from then on (a build's process: the index fill and the exports that follow the load
     * read the same way).
     */
    public static void load(Path generation, Path nquads) throws IOException {
        load(generation, nquads, DIRECT_FILES_ABOVE);
    }

    /** {@link #load(Path, Path)} with direct file access above {@code directAbove} bytes of N-Quads. */
    static void load(Path generation, Path nquads, long directAbove) throws IOException {
        try (NewDataset dataset = create(generation, Files.size(nquads), directAbove)) {
            dataset.load(nquads);
        }
    }

    /**
     * Creates the empty TDB2 dataset of a new generation, {@code generation/tdb2}, to be loaded once
     * ({@link NewDataset#load}) when its N-Quads are written: created first, before the files that fill
     * a disk, it is loaded while they are written. Above {@link #DIRECT_FILES_ABOVE} bytes of data
     * (expected, as N-Quads) this process accesses TDB2 files directly from then on.
     */
    public static NewDataset create(Path generation, long expectedBytes) throws IOException {
        return create(generation, expectedBytes, DIRECT_FILES_ABOVE);
    }

    private static NewDataset create(Path generation, long expectedBytes, long directAbove)
            throws IOException {
        Path location = generation.resolve(TDB2_DIR).toAbsolutePath().normalize();
        Files.createDirectories(location);
        if (expectedBytes > directAbove) {
            SystemIndex.setFileMode(FileMode.direct);
        }
        try {
            return new NewDataset(location, DatabaseMgr.connectDatasetGraph(location.toString()));
        } catch (RuntimeException e) {
            releaseLocks(location);
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IOException("while creating " + location + ": " + cause.getMessage(), e);
        }
    }

    /**
     * A new generation's TDB2 dataset between its creation and its load: {@link #load} once, from any
     * thread, then {@link #close}, which also releases a dataset whose load failed (it is discarded).
     */
    public static final class NewDataset implements AutoCloseable {

        private final Path location;
        private final DatasetGraph dsg;
        private volatile boolean loaded;

        private NewDataset(Path location, DatasetGraph dsg) {
            this.location = location;
            this.dsg = dsg;
        }

        /**
         * Loads {@code nquads} on the calling thread ({@link PackedLoad}): a failure, a full disk included,
         * reaches the caller, where Jena's phased and parallel loaders' worker threads die and leave the
         * build waiting forever.
         */
        public void load(Path nquads) throws IOException {
            try {
                new PackedLoad(dsg, location.resolveSibling(TDB2_DIR + ".rows"), PackedLoad.CHUNK_ROWS)
                        .load(nquads);
                loaded = true;
            } catch (RuntimeException e) {
                throw new IOException("while loading " + location + ": " + e.getMessage(), e);
            } catch (InternalError e) {
                // TDB2 writes through memory-mapped files: a full disk surfaces as a fault in mapped memory.
                throw new IOException("No space left on device (or the disk failed) while loading "
                        + location, e);
            }
        }

        /**
         * Adds the few quads of {@code nquads} to the loaded dataset, in an ordinary write transaction: for
         * the graphs that can only be written after the bulk of the data (those describing it).
         */
        public void add(Path nquads) throws IOException {
            if (!loaded) {
                throw new IllegalStateException("add after the load, not before: " + location);
            }
            try {
                Txn.executeWrite(dsg, () -> RDFParser.source(nquads).lang(Lang.NQUADS).parse(dsg));
            } catch (RuntimeException e) {
                loaded = false;
                throw new IOException("while adding " + nquads.getFileName() + " to " + location + ": "
                        + e.getMessage(), e);
            } catch (InternalError e) {
                loaded = false;
                throw new IOException("No space left on device (or the disk failed) while loading "
                        + location, e);
            }
        }

        @Override
        public void close() {
            // A failed load leaves its transaction open: release the dataset regardless, it is discarded.
            try {
                TDBInternal.expel(dsg, !loaded);
            } catch (RuntimeException e) {
                LOG.debug("releasing {} after a failed load: {}", location, e.toString());
            }
            if (!loaded) {
                releaseLocks(location);
            }
        }
    }

    /**
     * Closes the lock files of the database at {@code location} that a failed connection or load left
     * open: TDB2 takes them before writing the process id into them and keeps them when that write fails
     * (a full disk), and a release after a failed load can fail on the same disk. The discarded
     * generation's space would not be freed while this process runs.
     */
    private static void releaseLocks(Path location) {
        try (var files = Files.walk(location, 2)) {
            for (Path lock : files.filter(f -> f.getFileName().toString().equals("tdb.lock")).toList()) {
                ProcessFileLock.release(ProcessFileLock.create(lock.toString()));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("releasing the locks of {}: {}", location, e.toString());
        }
    }

    /**
     * Whether a running process other than the caller's build holds the TDB2 database at {@code tdb2}
     * open (a {@code govkg serve}, say), so that its files must not be removed. TDB2 keeps the holder's
     * process id in {@code tdb.lock} and an operating-system lock on it.
     */
    static boolean heldByLiveProcess(Path tdb2) throws IOException {
        Path lock = tdb2.resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) {
            return false;
        }
        String text = Files.readString(lock).strip();
        if (!text.matches("\\d+")) {
            return false;
        }
        long pid = Long.parseLong(text);
        if (pid == ProcessHandle.current().pid()) {
            // This process: open here unless Jena let it go; assume open, the safe answer.
            return true;
        }
        if (ProcessHandle.of(pid).isEmpty()) {
            return false;
        }
        // A live process with that id: it holds the database if it still holds the lock (ids are reused).
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        }
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
}
