package org.govkg.export;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.govkg.rdf.vocab.GOVKG;
import org.govkg.rdf.vocab.PROV;
import org.govkg.rdf.vocab.QB;
import org.govkg.resolve.IriScheme;
import org.govkg.store.DatasetDescription;

/**
 * Writes the graph dumps of a dataset with RDF4J Rio: {@code govkg.ttl} (merged union, readable),
 * {@code govkg.trig} (per-document graphs) and on request nq, nt, jsonld (compacted, its
 * {@code @context} the dumps' prefixes), rdfxml.
 * <p>Requires: a dataset of named graphs without blank nodes. Produces: files whose statements are
 * sorted (subject, then rdf:type and labels first, then the rest), so the same graph always gives
 * byte-identical files; each file is written to a temporary file and renamed into place.
 */
public final class RdfDumps {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    /** Predicates listed first for each subject, in this order; the rest follow alphabetically. */
    private static final List<String> LEADING = List.of(RDF.type.getURI(), SKOS.prefLabel.getURI(),
            RDFS.label.getURI(), SKOS.altLabel.getURI(), SKOS.definition.getURI());

    private final IriScheme iris;

    /**
     * What was written.
     *
     * @param triples distinct triples of the merged graph
     * @param quads   quads of all named graphs
     */
    public record Written(long triples, long quads) {
    }

    /** @param base the data base IRI, used for readable prefixes */
    public RdfDumps(String base) {
        this.iris = new IriScheme(requireNonNull(base, "base"));
    }

    /** The data base IRI. */
    public String base() {
        return iris.base();
    }

    /** The two dumps every build writes. */
    public static Set<DumpFormat> standardFormats() {
        return EnumSet.of(DumpFormat.TTL, DumpFormat.TRIG);
    }

    /**
     * Writes {@code formats} of {@code dataset} into {@code dir}.
     *
     * @return how many distinct triples the merged graph has and how many quads the named graphs hold
     */
    public Written write(DatasetGraph dataset, Path dir, Collection<DumpFormat> formats) throws IOException {
        return write(dataset, dir, formats, Runnable::run);
    }

    /**
     * Writes {@code formats} of {@code dataset} into {@code dir}, each format as a task of
     * {@code executor}, and waits for all of them.
     *
     * @return how many distinct triples the merged graph has and how many quads the named graphs hold
     */
    public Written write(DatasetGraph dataset, Path dir, Collection<DumpFormat> formats, Executor executor)
            throws IOException {
        List<Quad> quads = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            it.forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    quads.add(q);
                }
            });
        });
        Map<Node, String> keys = new HashMap<>();
        Map<Node, String> subjectKeys = new HashMap<>();
        Comparator<Triple> byTriple = Comparator
                .comparing((Triple t) -> subjectKey(subjectKeys, t.getSubject()))
                .thenComparing(t -> predicateKey(t.getPredicate()))
                .thenComparing(t -> key(keys, t.getObject()));
        TreeSet<Triple> union = new TreeSet<>(byTriple);
        quads.forEach(q -> union.add(q.asTriple()));
        Comparator<Quad> byQuad = Comparator.comparing((Quad q) -> key(keys, q.getGraph()))
                .thenComparing(Quad::asTriple, byTriple);
        quads.sort(byQuad);
        // Each format is written by a thread of its own: the sorted statements are only read.
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        for (DumpFormat f : EnumSet.copyOf(formats)) {
            Path target = dir.resolve(f.fileName());
            writes.add(CompletableFuture.runAsync(() -> {
                try {
                    if (f.quads()) {
                        AtomicFile.write(target,
                                out -> writeStatements(quads.stream().map(this::statement), f, out));
                    } else {
                        AtomicFile.write(target,
                                out -> writeStatements(union.stream().map(this::statement), f, out));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(target + ": " + e.getMessage(), e);
                }
            }, executor));
        }
        IOException failed = null;
        for (CompletableFuture<Void> w : writes) {
            try {
                w.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io && failed == null) {
                    failed = io.getCause();
                } else if (!(e.getCause() instanceof UncheckedIOException)) {
                    throw e;
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
        return new Written(union.size(), quads.size());
    }

    private Statement statement(Triple t) {
        return VF.createStatement(resource(t.getSubject()), VF.createIRI(t.getPredicate().getURI()),
                value(t.getObject()));
    }

    private Statement statement(Quad q) {
        return VF.createStatement(resource(q.getSubject()), VF.createIRI(q.getPredicate().getURI()),
                value(q.getObject()), resource(q.getGraph()));
    }

    private void writeStatements(Stream<Statement> statements, DumpFormat f, OutputStream os)
            throws IOException {
        BufferedOutputStream out = new BufferedOutputStream(os);
        RDFWriter w = writer(f, out);
        w.startRDF();
        namespaces(w);
        statements.forEachOrdered(w::handleStatement);
        w.endRDF();
        out.flush();
    }

    private static RDFWriter writer(DumpFormat f, OutputStream out) {
        RDFWriter w = Rio.createWriter(f.rio(), out);
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

    private void namespaces(RDFWriter w) {
        prefixes().forEach(w::handleNamespace);
    }

    /** Sorts subjects by their kind (the first path segment under the base), then by IRI. */
    private String subjectKey(Map<Node, String> keys, Node n) {
        return keys.computeIfAbsent(n, s -> {
            // The bare IRI, so that a report sorts right before its sections (<…txt> sorts after <…txt/…>).
            String nt = s.isURI() ? s.getURI() : NodeFmtLib.strNT(s);
            int i = s.isURI() ? iris.segmentOf(s.getURI()).map(IriScheme.SEGMENTS::indexOf).orElse(-1) : -1;
            return i >= 0 ? (char) ('A' + i) + nt : "Z" + nt;
        });
    }

    private static String predicateKey(Node p) {
        int i = LEADING.indexOf(p.getURI());
        return i >= 0 ? "0" + i : "1" + p.getURI();
    }

    private static String key(Map<Node, String> keys, Node n) {
        return keys.computeIfAbsent(n, NodeFmtLib::strNT);
    }

    private static Resource resource(Node n) {
        if (n.isURI()) {
            return VF.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return VF.createBNode(n.getBlankNodeLabel());
        }
        throw new IllegalArgumentException("not a subject or graph name: " + n);
    }

    private static Value value(Node n) {
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            }
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        return resource(n);
    }
}
