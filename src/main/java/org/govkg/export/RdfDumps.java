package org.govkg.export;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.govkg.rdf.vocab.GOVKG;
import org.govkg.rdf.vocab.PROV;
import org.govkg.rdf.vocab.QB;
import org.govkg.resolve.IriScheme;
import org.govkg.store.DatasetDescription;

/**
 * Writes the graph dumps with RDF4J Rio: {@code govkg.ttl} (merged union, readable), {@code govkg.trig}
 * (per-document graphs) and on request nq, nt, jsonld (compacted, its {@code @context} the dumps'
 * prefixes), rdfxml, by streaming from sorted runs ({@link SortedRun}), one per named graph.
 * <p>Requires: one sorted run file per named graph, no blank nodes. Produces: files whose statements are
 * sorted (subject, then rdf:type and labels first, then the rest; named graphs by IRI), so the same graph
 * always gives byte-identical files. The N-Quads of the reports' graphs are written first, by
 * concatenating their runs in graph order, then those of the graphs describing them, and the N-Triples of
 * the merged graph by merging the runs ({@link RunMerge}); every other format is parsed from the
 * N-Quads (the two files interleaved in graph order) or the N-Triples as it is written. Memory does not
 * grow with the size of the graph, except for JSON-LD, which Rio builds whole.
 */
public final class RdfDumps {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    private final IriScheme iris;

    /** One named graph's sorted run. */
    public record GraphRun(String graph, Path run) {
        public GraphRun {
            requireNonNull(graph, "graph");
            requireNonNull(run, "run");
        }

        /** The graph name as N-Triples writes it: the order of the graphs in the dumps. */
        String key() {
            return "<" + graph + ">";
        }
    }

    /**
     * What was written.
     *
     * @param triples  distinct triples of the merged graph
     * @param quads    quads of all named graphs
     * @param scratch  hidden N-Quads files the caller deletes once its readers of them are done
     *                 ({@link QuadsListener})
     */
    public record Written(long triples, long quads, List<Path> scratch) {
        public Written {
            scratch = List.copyOf(scratch);
        }
    }

    /**
     * Told of each part of the N-Quads of all graphs as soon as it is complete, for work that only reads
     * it (a store's load), which can then run while the rest is written.
     */
    public interface QuadsListener {
        /** The reports' graphs, every document's, written first of all. */
        void documents(Path nquads);

        /** The graphs that describe them, written once the reports' graphs are merged and counted. */
        void described(Path nquads);

        /** Nobody listens. */
        QuadsListener NONE = new QuadsListener() {
            @Override
            public void documents(Path nquads) {
            }

            @Override
            public void described(Path nquads) {
            }
        };
    }

    /** Where one graph's lines are in an N-Quads file. */
    private record Segment(String key, Path file, long offset, long length) {
    }

    /**
     * Graphs that describe the others (the ontology and VoID graphs), made once the reports' graphs are
     * merged and counted; they share no triple with them.
     */
    public interface Description {
        /**
         * @param triples   distinct triples of the reports' graphs
         * @param instances distinct subjects per rdf:type object IRI in them
         * @return the describing graphs' runs
         */
        List<GraphRun> graphs(long triples, Map<String, Long> instances) throws IOException;

        /** No describing graphs. */
        Description NONE = (triples, instances) -> List.of();
    }

    /** @param base the data base IRI, used for readable prefixes */
    public RdfDumps(String base) {
        this.iris = new IriScheme(requireNonNull(base, "base"));
    }

    /** The two dumps every build writes. */
    public static Set<DumpFormat> standardFormats() {
        return EnumSet.of(DumpFormat.TTL, DumpFormat.TRIG);
    }

    /**
     * Writes {@code formats} of the named graphs of {@code dataset} into {@code dir}, all at once in this
     * thread: for small datasets and tests. Each file is written atomically.
     */
    public Written write(DatasetGraph dataset, Path dir, Collection<DumpFormat> formats) throws IOException {
        Path temp = Files.createTempDirectory(Files.createDirectories(dir), ".runs");
        try {
            List<GraphRun> runs = new ArrayList<>();
            Map<Node, List<Triple>> graphs = new TreeMap<>(Comparator.comparing(Node::getURI));
            Txn.executeRead(dataset, () -> dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> {
                        if (!q.isDefaultGraph()) {
                            graphs.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q.asTriple());
                        }
                    }));
            int i = 0;
            for (Map.Entry<Node, List<Triple>> g : graphs.entrySet()) {
                Path run = temp.resolve(i++ + ".run");
                Files.write(run, new SortedRun(iris).lines(g.getValue()), StandardCharsets.UTF_8);
                runs.add(new GraphRun(g.getKey().getURI(), run));
            }
            Path out = Files.createTempDirectory(dir, ".dumps");
            Written w = write(runs, Description.NONE, out, formats, Runnable::run);
            for (DumpFormat f : formats.stream().filter(f -> !f.propertyGraph()).toList()) {
                Path target = dir.resolve(f.fileName());
                AtomicFile.write(target, os -> Files.copy(out.resolve(f.fileName()), os));
            }
            return new Written(w.triples(), w.quads(), List.of());
        } finally {
            deleteTree(temp);
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    if (p.getFileName().toString().startsWith(".dumps")) {
                        deleteTree(p);
                    }
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Writes {@code formats} of the named graphs {@code runs} into the directory {@code dir}, which no
     * reader sees yet (a new generation): the N-Quads and the merged N-Triples first, then the other
     * formats from them, each as a task of {@code executor}.
     */
    public Written write(List<GraphRun> runs, Description description, Path dir,
            Collection<DumpFormat> formats, Executor executor) throws IOException {
        return write(runs, description, dir, formats, executor, QuadsListener.NONE);
    }

    /**
     * {@link #write(List, Description, Path, Collection, Executor)}, telling {@code quads} of the N-Quads
     * of the reports' graphs as soon as they are written, before anything else, and of those of the
     * describing graphs once the merged graph is: work that only reads them (a store's load) can run
     * meanwhile. Both files are hidden ones ({@link Written#scratch()}); the nq dump, when asked for, is
     * the two interleaved in graph order.
     */
    public Written write(List<GraphRun> runs, Description description, Path dir,
            Collection<DumpFormat> formats, Executor executor, QuadsListener quads)
            throws IOException {
        Set<DumpFormat> asked = formats.isEmpty() ? EnumSet.noneOf(DumpFormat.class) : EnumSet.copyOf(
                formats);
        Path nt = dir.resolve(asked.contains(DumpFormat.NT) ? DumpFormat.NT.fileName() : ".union.nt");
        List<Segment> segments = new ArrayList<>();
        Path documents = dir.resolve(".documents.nq");
        long quadCount = writeQuads(runs, documents, segments);
        quads.documents(documents);
        // The reports' merged graph, counted, as one run; then the graphs that describe it.
        Path union = dir.resolve(".union.run");
        long[] counted = {0};
        Map<String, Long> instances = new TreeMap<>();
        try (Writer w = writer(union)) {
            RunMerge.merge(runs.stream().map(GraphRun::run).toList(), dir, line -> {
                try {
                    w.write(line);
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                counted[0]++;
                String type = SortedRun.typeOf(line);
                if (type != null) {
                    instances.merge(type, 1L, Long::sum);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw failure(union, e);
        }
        List<GraphRun> described = description.graphs(counted[0], instances);
        Path describing = dir.resolve(".described.nq");
        quadCount += writeQuads(described, describing, segments);
        quads.described(describing);
        segments.sort(Comparator.comparing(Segment::key));
        if (asked.contains(DumpFormat.NQ)) {
            Path nq = dir.resolve(DumpFormat.NQ.fileName());
            try (OutputStream out = Files.newOutputStream(nq); InputStream in = allQuads(segments)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw failure(nq, e);
            }
        }
        long[] triples = {0};
        List<Path> merged = new ArrayList<>(List.of(union));
        described.forEach(g -> merged.add(g.run()));
        try (Writer w = writer(nt)) {
            RunMerge.merge(merged, dir, line -> {
                try {
                    w.write(SortedRun.ntriple(line));
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                triples[0]++;
            });
        } catch (IOException | UncheckedIOException e) {
            throw failure(nt, e);
        }
        Files.delete(union);
        // Each other format is parsed from the N-Quads or the N-Triples by a thread of its own.
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        for (DumpFormat f : asked) {
            if (f == DumpFormat.NQ || f == DumpFormat.NT || f.propertyGraph()) {
                // Property-graph formats are PropertyGraphExport's.
                continue;
            }
            Path target = dir.resolve(f.fileName());
            writes.add(CompletableFuture.runAsync(() -> {
                try (OutputStream out = Files.newOutputStream(target);
                     InputStream in = f.quads() ? allQuads(segments) : Files.newInputStream(nt)) {
                    convert(in, f.quads() ? RDFFormat.NQUADS : RDFFormat.NTRIPLES, f, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(new IOException("while writing " + target + ": "
                            + e.getMessage(), e));
                }
            }, executor));
        }
        join(writes);
        if (!asked.contains(DumpFormat.NT)) {
            Files.deleteIfExists(nt);
        }
        return new Written(triples[0], quadCount, List.of(documents, describing));
    }

    /**
     * Writes {@code graphs} in graph order into the N-Quads file {@code target}, each run's lines with its
     * graph's name, and adds where each graph's lines are to {@code segments}; returns the quads written.
     */
    private static long writeQuads(List<GraphRun> graphs, Path target, List<Segment> segments)
            throws IOException {
        List<GraphRun> ordered = graphs.stream().sorted(Comparator.comparing(GraphRun::key)).toList();
        long quads = 0;
        try (CountingStream counted = new CountingStream(Files.newOutputStream(target));
             Writer w = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8),
                     1 << 16)) {
            for (GraphRun g : ordered) {
                String graph = g.key();
                long from = counted.count();
                try (var lines = Files.lines(g.run(), StandardCharsets.UTF_8)) {
                    for (String line : (Iterable<String>) lines::iterator) {
                        w.write(SortedRun.nquad(line, graph));
                        w.write('\n');
                        quads++;
                    }
                }
                w.flush();
                segments.add(new Segment(graph, target, from, counted.count() - from));
            }
        } catch (IOException e) {
            throw failure(target, e);
        }
        return quads;
    }

    /**
     * The N-Quads of all graphs, in graph order: their segments one after the other, neighbours in one
     * file read as one, each file opened when it is reached.
     */
    private static InputStream allQuads(List<Segment> segments) {
        List<Segment> ranges = new ArrayList<>();
        for (Segment s : segments) {
            Segment last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last.file().equals(s.file()) && last.offset() + last.length() == s.offset()) {
                ranges.set(ranges.size() - 1, new Segment(last.key(), last.file(), last.offset(),
                        last.length() + s.length()));
            } else {
                ranges.add(s);
            }
        }
        Iterator<Segment> next = ranges.iterator();
        return new SequenceInputStream(new Enumeration<InputStream>() {
            @Override
            public boolean hasMoreElements() {
                return next.hasNext();
            }

            @Override
            public InputStream nextElement() {
                Segment s = next.next();
                try {
                    FileChannel ch = FileChannel.open(s.file());
                    ch.position(s.offset());
                    return new LimitedStream(new BufferedInputStream(Channels.newInputStream(ch), 1 << 16),
                            s.length());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }
    }

    /** The first {@code limit} bytes of a stream; closing it closes the stream. */
    private static final class LimitedStream extends FilterInputStream {
        private long left;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(in.available(), left);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    private static IOException failure(Path file, Exception e) {
        IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        return new IOException("while writing " + file + ": " + io.getMessage(), io);
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16);
    }

    private static void join(List<CompletableFuture<Void>> tasks) throws IOException {
        IOException failed = null;
        for (CompletableFuture<Void> w : tasks) {
            try {
                w.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    if (failed == null) {
                        failed = io.getCause();
                    }
                } else {
                    throw e;
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** Parses {@code source} (N-Triples or N-Quads) into a writer of {@code f}, statement by statement. */
    private void convert(InputStream source, RDFFormat sourceFormat, DumpFormat f,
            OutputStream os) throws IOException {
        BufferedOutputStream out = new BufferedOutputStream(os, 1 << 16);
        RDFWriter w = writer(f, out);
        RDFParser parser = Rio.createParser(sourceFormat);
        // The runs are our own output, written from Jena's already checked IRIs: checking each IRI's syntax
        // again was a tenth of writing a dump (A/B 0.88 on 210k quads), and the bytes are the same.
        parser.getParserConfig().set(BasicParserSettings.VERIFY_URI_SYNTAX, false);
        parser.setRDFHandler(new RDFHandler() {
            @Override
            public void startRDF() {
                w.startRDF();
                prefixes().forEach(w::handleNamespace);
            }

            @Override
            public void endRDF() {
                w.endRDF();
            }

            @Override
            public void handleNamespace(String prefix, String uri) {
                // The dumps' prefixes are fixed; N-Triples has none.
            }

            @Override
            public void handleStatement(Statement st) {
                w.handleStatement(st);
            }

            @Override
            public void handleComment(String comment) {
                // None in our own files.
            }
        });
        parser.parse(new BufferedInputStream(source, 1 << 16), "");
        out.flush();
    }

    private static RDFWriter writer(DumpFormat f, OutputStream out) {
        // Turtle and TriG get their statements grouped already, from the sorted runs.
        RDFWriter w = switch (f) {
            case TTL -> new InOrderWriters.Turtle(out);
            case TRIG -> new InOrderWriters.TriG(out);
            default -> Rio.createWriter(f.rio(), out);
        };
        WriterConfig config = new WriterConfig();
        config.set(BasicWriterSettings.PRETTY_PRINT, true);
        config.set(BasicWriterSettings.INLINE_BLANK_NODES, false);
        if (f == DumpFormat.JSONLD) {
            // Compacted against the dumps' prefixes, which the writer puts in the @context: keys like
            // skos:prefLabel and ids like program:百千万工程 instead of full IRIs everywhere.
            config.set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
        }
        w.setWriterConfig(config);
        return w;
    }

    /** The prefixes of the Turtle-family dumps, in a fixed order. */
    public Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("govkg", GOVKG.NS);
        p.put("rdf", RDF.getURI());
        p.put("rdfs", RDFS.getURI());
        p.put("xsd", XSD.getURI());
        p.put("owl", OWL.getURI());
        p.put("skos", SKOS.getURI());
        p.put("dcterms", DCTerms.getURI());
        p.put("prov", PROV.NS);
        p.put("qb", QB.NS);
        p.put("void", DatasetDescription.VOID);
        for (String segment : IriScheme.SEGMENTS) {
            p.put(segment, iris.namespace(segment));
        }
        return p;
    }
}
