package org.govkg.export;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import java.util.stream.Collectors;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.govkg.extract.EntityType;
import org.govkg.rdf.GovkgVersion;
import org.govkg.rdf.ReportGraphEmitter;
import org.govkg.resolve.IriScheme;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.store.BuildDirectory;
import org.govkg.store.DatasetDescription;
import org.govkg.store.DocumentCache;
import org.govkg.store.GraphStore;
import org.govkg.store.LabelIndex;
import org.govkg.store.Manifest;
import org.govkg.store.StoredDocument;

/**
 * The RDF side of a build, over a {@link BuildDirectory}: each document's graph goes into the build
 * directory's cache as it is finished ({@link #store}), and {@link #publish} turns a list of cached
 * documents into a new generation — the dumps, the TDB2 dataset (bulk-loaded), the entities table, the
 * Fuseki configuration and the manifest — and makes it current in one step.
 * <p>A document's cache key covers everything its graph depends on: the pipeline version, the base IRI,
 * its identity and its content. Holds the build directory's lock from construction to {@link #close()}.
 * {@link #store} is thread-safe; the rest is for one thread.
 */
public final class GraphOutput implements AutoCloseable {

    /** The query timeout written into the Fuseki configuration. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final String RUN = "run";
    private static final String TABLE = "tsv";
    /** The entities a document mentions, {@code TYPE TAB IRI}, sorted: merged to count them corpus-wide. */
    private static final String ENTITIES = "entities";

    private final BuildDirectory.Writer writer;
    private final String base;
    private final Set<DumpFormat> formats;
    private final String pipeline;
    private final boolean gzip;
    private final IriScheme iris;
    private final ReportGraphEmitter emitter;
    private final Optional<Manifest> previous;

    /**
     * A published generation.
     *
     * @param generation its directory
     * @param documents  documents in it
     * @param triples    distinct triples of its merged graph
     * @param quads      quads of its named graphs
     * @param entities   distinct entities the documents mention, per type label
     */
    public record Published(Path generation, int documents, long triples, long quads,
                            Map<String, Long> entities) {
    }

    /**
     * Locks {@code dir} for this build.
     *
     * @param dir      the build directory
     * @param base     the data base IRI
     * @param formats  dump formats besides ttl and trig (which are always written)
     * @param gzip     whether the RDF dumps are written gzip-compressed
     * @param pipeline the version of the code that builds graphs: a change invalidates cached documents
     */
    public GraphOutput(Path dir, String base, Collection<DumpFormat> formats, boolean gzip, String pipeline)
            throws IOException {
        this.gzip = gzip;
        this.base = requireNonNull(base, "base");
        this.formats = RdfDumps.standardFormats();
        this.formats.addAll(formats);
        this.pipeline = requireNonNull(pipeline, "pipeline");
        this.iris = new IriScheme(base);
        this.emitter = new ReportGraphEmitter(iris);
        BuildDirectory directory = BuildDirectory.at(dir);
        this.writer = directory.lock();
        Optional<Manifest> last = Optional.empty();
        Optional<Path> current = directory.current();
        if (current.isPresent()) {
            last = Manifest.read(current.get());
        }
        this.previous = last;
    }

    /** The manifest of the generation current when this build began, if it has one. */
    public Optional<Manifest> previous() {
        return previous;
    }

    public String pipeline() {
        return pipeline;
    }

    /** The graph IRI of document {@code id}. */
    public String graphOf(String id) {
        return iris.graph(id);
    }

    /** The cache key of document {@code id} with content hash {@code sha256}, built by this pipeline. */
    public String key(String id, String sha256) {
        return sha256Hex(pipeline + '\n' + base + '\n' + id + '\n' + sha256);
    }

    /** What the cache holds under {@code key}, if a build completed it. */
    public Optional<StoredDocument> stored(String key) throws IOException {
        return writer.cache().get(key);
    }

    /**
     * Stores {@code doc}'s graph under {@code key}: its statements as a sorted run, its rows of the
     * entities table, and a summary. Thread-safe.
     */
    public StoredDocument store(String key, ResolvedDocument doc) throws IOException {
        DatasetGraph graph = DatasetGraphFactory.create();
        emitter.emit(doc, new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                graph.add(quad);
            }
        });
        List<Triple> triples = new ArrayList<>();
        graph.find().forEachRemaining(q -> triples.add(q.asTriple()));
        List<String> run = new SortedRun(iris).lines(triples);
        List<EntityRow> rows = EntityTable.read(graph);
        StoredDocument stored = new StoredDocument(doc.id(), iris.graph(doc.id()), run.size(),
                doc.doc().structure().sentences().size(), doc.mentions().size());
        Map<String, DocumentCache.Content> parts = new LinkedHashMap<>();
        parts.put(RUN, out -> writeLines(out, run));
        parts.put(TABLE, out -> writeLines(out, rows.stream().map(EntityRow::toTsv).toList()));
        parts.put(ENTITIES, out -> writeLines(out, rows.stream().map(r -> r.type() + '\t' + r.iri(
                )).distinct()
                .sorted().toList()));
        writer.cache().put(key, parts, stored);
        return stored;
    }

    private static void writeLines(java.io.OutputStream out, List<String> lines) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (String line : lines) {
            w.write(line);
            w.write('\n');
        }
        w.flush();
    }

    /**
     * Writes a new generation of exactly {@code documents} (each stored in the cache) and makes it current;
     * cache entries of other documents are removed.
     */
    public Published publish(List<Manifest.Document> documents) throws IOException {
        return publish(documents, step -> { });
    }

    /** {@link #publish(List)}, telling {@code steps} of each step done (what, how long). */
    public Published publish(List<Manifest.Document> documents, Consumer<String> steps) throws IOException {
        DocumentCache cache = writer.cache();
        List<Manifest.Document> docs = documents.stream().sorted(Comparator.comparing(Manifest.Document::id))
                .toList();
        for (Manifest.Document d : docs) {
            if (!cache.has(d.key())) {
                throw new IOException("the cached graph of " + d.id() + " is missing from "
                        + writer.directory().path().resolve(BuildDirectory.CACHE) + "; build it again");
            }
        }
        Path gen = writer.newGeneration();
        boolean published = false;
        try {
            Published p;
            try {
                p = writeGeneration(gen, docs, steps);
            } catch (InternalError e) {
                // TDB2 and Lucene write through memory-mapped files: a full disk faults in mapped memory.
                throw new IOException("No space left on device (or the disk failed) while writing " + gen, e);
            }
            writer.publish(gen);
            published = true;
            cache.retain(docs.stream().map(Manifest.Document::key).collect(Collectors.toSet()));
            return p;
        } finally {
            if (!published) {
                writer.discard(gen);
            }
        }
    }

    private Published writeGeneration(Path gen, List<Manifest.Document> docs, Consumer<String> steps)
            throws IOException {
        long t0 = System.nanoTime();
        DocumentCache cache = writer.cache();
        List<RdfDumps.GraphRun> runs = docs.stream()
                .map(d -> new RdfDumps.GraphRun(d.graph(), cache.file(d.key(), RUN))).toList();
        // The N-Quads to come: each document's run with its graph's name on every line.
        long bytes = 0;
        for (Manifest.Document d : docs) {
            bytes += Files.size(cache.file(d.key(), RUN)) + d.triples() * (d.graph().length() + 3);
        }
        // The dataset, created before any dump can fill the disk, loads from the N-Quads as soon as they
        // are complete (at a corpus's size the load is the longest task), while the merged graph, the
        // other dumps and the table are written. One thread a core: more only take turns on the cores.
        GraphStore.NewDataset dataset = GraphStore.create(gen, bytes);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime()
                .availableProcessors()), daemon());
        AtomicReference<CompletableFuture<Void>> load = new AtomicReference<>();
        CompletableFuture<Path> describing = new CompletableFuture<>();
        long[] loadTimes = new long[2];
        RdfDumps.Written written;
        try {
            written = new RdfDumps(base).write(runs, (triples, instances) -> describe(gen, triples,
                    instances), gen, formats, pool, new RdfDumps.QuadsListener() {
                        @Override
                        public void documents(Path nquads) {
                            load.set(task(() -> {
                                loadTimes[0] = System.nanoTime();
                                dataset.load(nquads);
                                dataset.add(describing.join());
                                loadTimes[1] = System.nanoTime();
                            }, pool));
                        }

                        @Override
                        public void described(Path nquads) {
                            describing.complete(nquads);
                        }
                    });
            writeTable(gen.resolve(EntityTable.FILE), docs);
            steps.accept(String.format(Locale.ROOT, "wrote %s (%d quads, %d triples) and %s, %s",
                    formats.stream().filter(f -> !f.propertyGraph()).map(DumpFormat::fileName)
                            .collect(Collectors.joining(", ")), written.quads(), written.triples(),
                    EntityTable.FILE, seconds(t0, System.nanoTime())));
            join(load.get());
            steps.accept("loaded " + GraphStore.TDB2_DIR + "/ from the N-Quads, " + seconds(loadTimes[0],
                    loadTimes[1]) + " (" + seconds(t0, System.nanoTime()) + " into publishing)");
            for (Path scratch : written.scratch()) {
                Files.delete(scratch);
            }
            for (String described : List.of(".ontology.run", ".void.run")) {
                Files.deleteIfExists(gen.resolve(described));
            }
            if (gzip) {
                compress(gen);
            }
        } finally {
            // Nothing may still write into a generation that is about to be discarded; a load waiting for
            // the describing graphs of dumps that failed gives up.
            describing.completeExceptionally(new IOException("the dumps of " + gen + " failed"));
            if (load.get() != null) {
                load.get().exceptionally(e -> null).join();
            }
            pool.shutdownNow();
            dataset.close();
        }
        // Opening the loaded dataset the first time fills its full-text index (GENERATION/text).
        long t1 = System.nanoTime();
        try (GraphStore store = GraphStore.open(gen)) {
            steps.accept("filled the label index " + LabelIndex.DIR + "/, " + seconds(t1, System.nanoTime()));
            if (formats.stream().anyMatch(DumpFormat::propertyGraph)) {
                long t2 = System.nanoTime();
                PropertyGraphExport.write(store.dataset(), gen, formats);
                steps.accept("wrote the property graphs, " + seconds(t2, System.nanoTime()));
            }
        }
        // Paths relative to the configuration, which sits next to tdb2/ and text/ in the generation and
        // is read through the top-level link, whose siblings are links to the same.
        FusekiConfigFile.write(gen, gen.resolve(GraphStore.TDB2_DIR), DEFAULT_TIMEOUT);
        int number = Integer.parseInt(gen.getFileName().toString());
        List<String> ids = formats.stream().map(DumpFormat::id).toList();
        new Manifest(GovkgVersion.current(), number, base, ids, gzip, pipeline, docs).write(gen);
        Map<String, Long> mentioned = new TreeMap<>();
        RunMerge.merge(docs.stream().map(d -> cache.file(d.key(), ENTITIES)).toList(), gen,
                line -> mentioned.merge(line.substring(0, line.indexOf('\t')), 1L, Long::sum));
        Map<String, Long> entities = new LinkedHashMap<>();
        for (EntityType t : EntityType.values()) {
            entities.put(t.label(), mentioned.getOrDefault(t.name(), 0L));
        }
        return new Published(gen, docs.size(), written.triples(), written.quads(), entities);
    }

    /**
     * Replaces each RDF dump of the generation by its gzip-compressed copy ({@code govkg.ttl.gz}). Java's
     * gzip header carries no time or name, so the same dump always gives the same bytes.
     */
    private void compress(Path gen) throws IOException {
        for (DumpFormat f : formats) {
            if (f.propertyGraph()) {
                continue;
            }
            Path plain = gen.resolve(f.fileName());
            Path packed = gen.resolve(f.fileName() + ".gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(packed), 1 << 16)) {
                Files.copy(plain, out);
            } catch (IOException e) {
                throw new IOException("while writing " + packed + ": " + e.getMessage(), e);
            }
            Files.delete(plain);
        }
    }

    /** The ontology and VoID graphs of a generation, as runs in its directory. */
    private List<RdfDumps.GraphRun> describe(Path gen, long triples, Map<String, Long> instances)
            throws IOException {
        SortedRun order = new SortedRun(iris);
        Path ontology = gen.resolve(".ontology.run");
        Files.write(ontology, order.lines(DatasetDescription.ontology()), StandardCharsets.UTF_8);
        Path description = gen.resolve(".void.run");
        Files.write(description, order.lines(DatasetDescription.describe(base, GovkgVersion.current(),
                triples,
                instances)), StandardCharsets.UTF_8);
        return List.of(new RdfDumps.GraphRun(DatasetDescription.ONTOLOGY_GRAPH.getURI(), ontology),
                new RdfDumps.GraphRun(DatasetDescription.datasetIri(base).getURI(), description));
    }

    /** The table: its header, then each document's rows, documents in the order of their ids. */
    private void writeTable(Path target, List<Manifest.Document> docs) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target),
                StandardCharsets.UTF_8), 1 << 16)) {
            w.write(EntityRow.HEADER);
            w.write('\n');
            for (Manifest.Document d : docs) {
                try (var lines = Files.lines(writer.cache().file(d.key(), TABLE), StandardCharsets.UTF_8)) {
                    for (String line : (Iterable<String>) lines::iterator) {
                        w.write(line);
                        w.write('\n');
                    }
                }
            }
        } catch (IOException e) {
            throw new IOException("while writing " + target + ": " + e.getMessage(), e);
        }
    }

    static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String seconds(long from, long to) {
        return String.format(Locale.ROOT, "%.1f s", (to - from) / 1e9);
    }

    /** Work on a generation's files, as a task of {@code pool}. */
    private interface GenerationTask {
        void run() throws IOException;
    }

    private static CompletableFuture<Void> task(GenerationTask work, ExecutorService pool) {
        return CompletableFuture.runAsync(() -> {
            try {
                work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, pool);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
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
            if (e.getCause() instanceof InternalError fault) {
                throw fault;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
