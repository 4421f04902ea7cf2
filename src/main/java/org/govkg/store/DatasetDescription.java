package org.govkg.store;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govkg.extract.EntityType;
import org.govkg.rdf.OntologyFiles;
import org.govkg.rdf.vocab.GOVKG;

/**
 * The two graphs of a dataset that describe it rather than a report: the govkg ontology
 * ({@code ontology/govkg.ttl}, in the graph named by the ontology's IRI, so that class and property
 * labels are queryable) and a VoID description ({@code BASE/dataset}, in the graph of that name): the
 * number of distinct triples the reports' graphs state, the entities of each {@link EntityType}, the
 * reports, and the govkg version. Nothing in it changes between two builds of the same input.
 * <p>Blank nodes of the ontology get IRIs derived from what they say, so the dumps stay byte-identical.
 */
public final class DatasetDescription {

    /** The VoID vocabulary. */
    public static final String VOID = "http://rdfs.org/ns/void#";
    /** The graph that holds the ontology: the ontology's own IRI. */
    public static final Node ONTOLOGY_GRAPH =
            NodeFactory.createURI(GOVKG.NS.substring(0, GOVKG.NS.length() - 1));

    private static final Node TRIPLES = NodeFactory.createURI(VOID + "triples");
    private static final Node ENTITIES = NodeFactory.createURI(VOID + "entities");
    private static final Node DOCUMENTS = NodeFactory.createURI(VOID + "documents");
    private static final Node CLASS = NodeFactory.createURI(VOID + "class");
    private static final Node CLASS_PARTITION = NodeFactory.createURI(VOID + "classPartition");
    private static final Node VOCABULARY = NodeFactory.createURI(VOID + "vocabulary");
    private static final Node DATASET = NodeFactory.createURI(VOID + "Dataset");

    private DatasetDescription() {
    }

    /** The IRI of the dataset a build under data base {@code base} describes, and of its VoID graph. */
    public static Node datasetIri(String base) {
        return NodeFactory.createURI(requireNonNull(base, "base") + "dataset");
    }

    /** The ontology as the triples of its graph, blank nodes named ({@link #skolemised}). */
    public static List<Triple> ontology() {
        return skolemised(OntologyFiles.read(OntologyFiles.ONTOLOGY));
    }

    /**
     * The VoID description of the reports' graphs: {@code triples} distinct triples in them and
     * {@code instances} distinct subjects per rdf:type object IRI.
     */
    public static List<Triple> describe(String base, String version, long triples, Map<String,
            Long> instances) {
        Node ds = datasetIri(base);
        List<Triple> description = new ArrayList<>();
        description.add(Triple.create(ds, RDF.type.asNode(), DATASET));
        description.add(Triple.create(ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang(
                "govkg knowledge graph of Chinese government reports", "en")));
        description.add(Triple.create(ds, DCTerms.creator.asNode(),
                NodeFactory.createLiteralString("govkg " + version)));
        description.add(Triple.create(ds, VOCABULARY, ONTOLOGY_GRAPH));
        description.add(Triple.create(ds, TRIPLES, integer(triples)));
        long entities = 0;
        List<String> classes = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            classes.add(type.className());
        }
        classes.add(GOVKG.Report.getLocalName());
        for (String className : classes) {
            long n = instances.getOrDefault(GOVKG.NS + className, 0L);
            Node partition = NodeFactory.createURI(ds.getURI() + "/" + className);
            description.add(Triple.create(ds, CLASS_PARTITION, partition));
            description.add(Triple.create(partition, CLASS, NodeFactory.createURI(GOVKG.NS + className)));
            description.add(Triple.create(partition, ENTITIES, integer(n)));
            if (className.equals(GOVKG.Report.getLocalName())) {
                description.add(Triple.create(ds, DOCUMENTS, integer(n)));
            } else {
                entities += n;
            }
        }
        description.add(Triple.create(ds, ENTITIES, integer(entities)));
        return description;
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The graph's triples with each blank node replaced by an IRI hashed from its own triples. */
    static List<Triple> skolemised(Graph g) {
        Map<Node, Node> names = new HashMap<>();
        List<Triple> out = new ArrayList<>();
        g.find().forEachRemaining(t -> out.add(Triple.create(name(g, t.getSubject(), names, 0),
                t.getPredicate(), name(g, t.getObject(), names, 0))));
        return out;
    }

    private static Node name(Graph g, Node n, Map<Node, Node> names, int depth) {
        if (!n.isBlank()) {
            return n;
        }
        Node known = names.get(n);
        if (known != null) {
            return known;
        }
        if (depth > 16) {
            throw new IllegalStateException("blank nodes nested deeper than 16 in the ontology");
        }
        TreeSet<String> said = new TreeSet<>();
        g.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> said.add(NodeFmtLib.strNT(t.getPredicate()) + " "
                + NodeFmtLib.strNT(name(g, t.getObject(), names, depth + 1))));
        Node iri = NodeFactory.createURI(ONTOLOGY_GRAPH.getURI() + "/genid/" + hash(String.join("\n", said)));
        names.put(n, iri);
        return iri;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this Java", e);
        }
    }
}
