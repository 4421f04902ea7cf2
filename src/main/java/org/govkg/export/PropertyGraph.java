package org.govkg.export;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.govkg.extract.EntityType;
import org.govkg.extract.RelationKind;
import org.govkg.rdf.vocab.GOVKG;

/**
 * The entity-level property graph of a dataset, as graph tools (Gephi, networkx, Neo4j) expect it:
 * nodes are the entities of every {@link EntityType}, the project groups and the reports, with their
 * literals as properties; edges are the relations the graph states between them, the recognitions
 * (place to program, with designation, batch and year) and report-to-entity mentions (with their count
 * and first span). Mentions, sections, recognitions and figures are folded into edge properties, never
 * nodes. Read by the queries under {@code sparql/property-graph/}.
 * <p>Produces: nodes sorted by type (reports first, then the entity types in their order, project
 * groups last) and IRI; edges sorted by type, source, target and properties; property values sorted;
 * so the same dataset always gives the same graph.
 *
 * @param nodes      the nodes
 * @param edges      the edges
 * @param nodeSchema the node properties besides the type: name, kind, whether a list
 * @param edgeSchema the edge properties besides the type
 */
public record PropertyGraph(List<Node> nodes, List<Edge> edges, List<Property> nodeSchema,
                            List<Property> edgeSchema) {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    /** The property holding a node's name. */
    public static final String LABEL = "label";
    /** The property holding a node's other names. */
    public static final String ALIASES = "aliases";
    /** The edge property naming the reports that state a relation. */
    public static final String REPORTS = "reports";
    /** The node type of reports. */
    public static final String REPORT = GOVKG.Report.getLocalName();
    /** The node type of project groups. */
    public static final String PROJECT_GROUP = GOVKG.ProjectGroup.getLocalName();
    /** The edge type from a report to what it mentions. */
    public static final String MENTIONS = GOVKG.mentions.getLocalName();
    /** The edge type of a recognition, from the place to the program. */
    public static final String RECOGNISED_UNDER = RelationKind.RECOGNISED_UNDER.toString();

    /** Properties that are lists whatever the data: a node's names, a relation's reports. */
    private static final Set<String> ALWAYS_LISTS = Set.of(ALIASES, REPORTS);

    /** The queries, shipped as {@code sparql/property-graph/*.rq} in the project and in the jar. */
    private static final String QUERIES = "/sparql/property-graph/";

    /** How a property's values are written. */
    public enum Kind {
        /** An integer (xsd:integer and its subtypes). */
        INT,
        /** A decimal or floating-point number. */
        DOUBLE,
        /** An xsd:date (yyyy-mm-dd). */
        DATE,
        /** Any other literal, language tags dropped. */
        STRING
    }

    /**
     * A property of nodes or edges.
     *
     * @param name its name (the local name of the RDF property; label and aliases for the names)
     * @param kind what its values are
     * @param list whether an element may have several values (then all its values are given as a list)
     */
    public record Property(String name, Kind kind, boolean list) {
        public Property {
            requireNonNull(name, "name");
            requireNonNull(kind, "kind");
        }
    }

    /**
     * A node.
     *
     * @param id         the resource's IRI
     * @param type       Report, an {@link EntityType#label()}, or ProjectGroup
     * @param properties values by property name, each list sorted and not empty
     */
    public record Node(String id, String type, SortedMap<String, List<String>> properties) {
        public Node {
            requireNonNull(id, "id");
            requireNonNull(type, "type");
            properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
        }

        /** The node's name: its label, or its IRI when it has none. */
        public String label() {
            List<String> l = properties.get(LABEL);
            return l == null ? id : l.get(0);
        }
    }

    /**
     * A directed edge.
     *
     * @param type       the relation (partOf, recognisedUnder, mentions, …)
     * @param source     the IRI of the source node
     * @param target     the IRI of the target node
     * @param properties values by property name, each list sorted and not empty
     */
    public record Edge(String type, String source, String target,
                       SortedMap<String, List<String>> properties) {
        public Edge {
            requireNonNull(type, "type");
            requireNonNull(source, "source");
            requireNonNull(target, "target");
            properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
        }
    }

    public PropertyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        nodeSchema = List.copyOf(nodeSchema);
        edgeSchema = List.copyOf(edgeSchema);
    }

    /** The node types in their order: reports, the entity types, project groups. */
    public static List<String> nodeTypes() {
        List<String> types = new ArrayList<>();
        types.add(REPORT);
        for (EntityType t : EntityType.values()) {
            types.add(t.label());
        }
        types.add(PROJECT_GROUP);
        return types;
    }

    /** The property named {@code name} of the node schema. */
    public Property nodeProperty(String name) {
        return nodeSchema.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node property '" + name + "'"));
    }

    /** The property named {@code name} of the edge schema. */
    public Property edgeProperty(String name) {
        return edgeSchema.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no edge property '" + name + "'"));
    }

    /** Reads the property graph of {@code dataset}, whose default graph is the union of its named graphs. */
    public static PropertyGraph read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> new Reader(DatasetFactory.wrap(dataset)).read());
    }

    /** One read: the nodes found so far and the kinds each property's values had. */
    private static final class Reader {
        private final Dataset dataset;
        private final Map<String, String> classes = new LinkedHashMap<>();
        private final Map<String, NodeFacts> nodes = new HashMap<>();
        private final Map<String, EnumSet<Kind>> nodeKinds = new TreeMap<>();
        private final Map<String, EnumSet<Kind>> edgeKinds = new TreeMap<>();
        private final List<Edge> edges = new ArrayList<>();

        /** What the graph states of one node: its classes and its literals by property. */
        private static final class NodeFacts {
            final TreeSet<Integer> types = new TreeSet<>();
            final Map<String, TreeSet<String>> names = new TreeMap<>();
            final Map<String, TreeSet<String>> values = new TreeMap<>();
        }

        Reader(Dataset dataset) {
            this.dataset = dataset;
            List<String> types = nodeTypes();
            for (String t : types) {
                classes.put(GOVKG.NS + (t.equals(REPORT) || t.equals(PROJECT_GROUP) ? t
                        : EntityType.valueOf(t).className()), t);
            }
        }

        PropertyGraph read() {
            readNodes();
            readRelations();
            readRecognitions();
            readMentions();
            List<String> order = nodeTypes();
            List<Node> nodeList = new ArrayList<>();
            Map<String, Boolean> nodeLists = new TreeMap<>();
            for (var e : nodes.entrySet()) {
                String type = order.get(e.getValue().types.first());
                nodeList.add(node(e.getKey(), type, e.getValue(), nodeLists));
            }
            nodeList.sort(Comparator.comparing((Node n) -> order.indexOf(n.type())).thenComparing(Node::id));
            Map<String, Boolean> edgeLists = new TreeMap<>();
            edges.forEach(e -> e.properties().forEach((k, v) -> edgeLists.merge(k, v.size() > 1,
                    Boolean::logicalOr)));
            edges.sort(Comparator.comparing(Edge::type).thenComparing(Edge::source)
                    .thenComparing(Edge::target)
                    .thenComparing(e -> e.properties().toString()));
            return new PropertyGraph(nodeList, edges, schema(nodeKinds, nodeLists),
                    schema(edgeKinds, edgeLists));
        }

        /** A node from its facts: the first of its best names is the label, the other names aliases. */
        private Node node(String id, String type, NodeFacts f, Map<String, Boolean> lists) {
            SortedMap<String, List<String>> props = new TreeMap<>();
            TreeSet<String> aliases = new TreeSet<>(f.names.getOrDefault(ALIASES, new TreeSet<>()));
            String label = null;
            for (String rank : List.of("0", "1", "2")) {
                TreeSet<String> names = f.names.get(rank);
                if (names == null) {
                    continue;
                }
                if (label == null) {
                    label = names.first();
                }
                aliases.addAll(names);
            }
            if (label != null) {
                aliases.remove(label);
                props.put(LABEL, List.of(label));
                nodeKinds.computeIfAbsent(LABEL, k -> EnumSet.noneOf(Kind.class)).add(Kind.STRING);
            }
            if (!aliases.isEmpty()) {
                props.put(ALIASES, List.copyOf(aliases));
            }
            nodeKinds.computeIfAbsent(ALIASES, k -> EnumSet.noneOf(Kind.class)).add(Kind.STRING);
            f.values.forEach((k, v) -> props.put(k, List.copyOf(v)));
            props.forEach((k, v) -> lists.merge(k, v.size() > 1, Boolean::logicalOr));
            return new Node(id, type, props);
        }

        private void readNodes() {
            Query q = query("nodes.rq");
            Var cls = Var.alloc("class");
            List<Binding> rows = classes.keySet().stream()
                    .map(c -> BindingFactory.binding(cls, NodeFactory.createURI(c))).toList();
            q.setValuesDataBlock(List.of(cls), rows);
            List<String> order = nodeTypes();
            select(q, s -> {
                NodeFacts f = nodes.computeIfAbsent(s.getResource("node").getURI(), k -> new NodeFacts());
                f.types.add(order.indexOf(classes.get(s.getResource("class").getURI())));
                String p = s.getResource("property").getURI();
                Literal value = s.getLiteral("value");
                String rank = nameRank(p);
                if (rank != null) {
                    f.names.computeIfAbsent(rank, k -> new TreeSet<>()).add(value.getLexicalForm());
                } else {
                    String name = localName(p);
                    f.values.computeIfAbsent(name, k -> new TreeSet<>()).add(lexical(value));
                    nodeKinds.computeIfAbsent(name, k -> EnumSet.noneOf(Kind.class)).add(kind(value));
                }
            });
        }

        private void readRelations() {
            Map<List<String>, TreeSet<String>> reports = new TreeMap<>(Comparator.comparing(List::toString));
            select(query("relations.rq"), s -> {
                String source = s.getResource("source").getURI();
                String target = s.getResource("target").getURI();
                if (nodes.containsKey(source) && nodes.containsKey(target)) {
                    List<String> key = List.of(localName(s.getResource("property").getURI()), source, target);
                    reports.computeIfAbsent(key, k -> new TreeSet<>()).add(text(s.get("doc")));
                }
            });
            reports.forEach((k, docs) -> {
                SortedMap<String, List<String>> props = new TreeMap<>();
                put(props, REPORTS, Kind.STRING, List.copyOf(docs));
                edges.add(new Edge(k.get(0), k.get(1), k.get(2), props));
            });
        }

        private void readRecognitions() {
            select(query("recognitions.rq"), s -> {
                String place = s.getResource("place").getURI();
                String program = s.getResource("program").getURI();
                if (!nodes.containsKey(place) || !nodes.containsKey(program)) {
                    return;
                }
                SortedMap<String, List<String>> props = new TreeMap<>();
                for (String v : List.of("designation", "batch", "year", "start", "end")) {
                    RDFNode n = s.get(v);
                    if (n != null && n.isLiteral()) {
                        put(props, v, kind(n.asLiteral()), List.of(lexical(n.asLiteral())));
                    }
                }
                put(props, REPORTS, Kind.STRING, List.of(text(s.get("doc"))));
                edges.add(new Edge(RECOGNISED_UNDER, place, program, props));
            });
        }

        private void readMentions() {
            record Span(long start, long end) {
            }
            record Mentions(TreeSet<String> iris, TreeMap<Span, Boolean> spans) {
            }
            Map<List<String>, Mentions> found = new TreeMap<>(Comparator.comparing(List::toString));
            select(query("mentions.rq"), s -> {
                String report = s.getResource("report").getURI();
                String entity = s.getResource("entity").getURI();
                if (!nodes.containsKey(report) || !nodes.containsKey(entity)) {
                    return;
                }
                Mentions m = found.computeIfAbsent(List.of(report, entity),
                        k -> new Mentions(new TreeSet<>(), new TreeMap<>(Comparator.comparingLong(Span::start)
                                .thenComparingLong(Span::end))));
                if (s.get("mention") != null) {
                    m.iris().add(s.getResource("mention").getURI());
                    Span span = new Span(s.getLiteral("start").getLong(), s.getLiteral("end").getLong());
                    m.spans().put(span, true);
                }
            });
            found.forEach((k, m) -> {
                SortedMap<String, List<String>> props = new TreeMap<>();
                put(props, "count", Kind.INT, List.of(Integer.toString(m.iris().size())));
                if (!m.spans().isEmpty()) {
                    Span first = m.spans().firstKey();
                    put(props, "start", Kind.INT, List.of(Long.toString(first.start())));
                    put(props, "end", Kind.INT, List.of(Long.toString(first.end())));
                }
                edges.add(new Edge(MENTIONS, k.get(0), k.get(1), props));
            });
        }

        private void put(SortedMap<String, List<String>> props, String name, Kind kind, List<String> values) {
            props.put(name, values);
            edgeKinds.computeIfAbsent(name, k -> EnumSet.noneOf(Kind.class)).add(kind);
        }

        private void select(Query q, Consumer<QuerySolution> row) {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(row);
            }
        }
    }

    /** The schema: names in order (label and aliases first, the rest by name), each with one kind. */
    private static List<Property> schema(Map<String, EnumSet<Kind>> kinds, Map<String, Boolean> lists) {
        List<Property> schema = new ArrayList<>();
        List<String> names = new ArrayList<>(kinds.keySet());
        names.sort(Comparator.comparing((String n) -> n.equals(LABEL) ? 0 : n.equals(ALIASES) ? 1 : 2)
                .thenComparing(Comparator.naturalOrder()));
        for (String name : names) {
            schema.add(new Property(name, merged(kinds.get(name)),
                    ALWAYS_LISTS.contains(name) || lists.getOrDefault(name, false)));
        }
        return schema;
    }

    /** One kind for values of several: integers among decimals are numbers, anything else mixed a string. */
    private static Kind merged(EnumSet<Kind> kinds) {
        if (kinds.size() == 1) {
            return kinds.iterator().next();
        }
        return kinds.equals(EnumSet.of(Kind.INT, Kind.DOUBLE)) ? Kind.DOUBLE : Kind.STRING;
    }

    /** The rank of a naming property (0 best), or null for any other property. */
    private static String nameRank(String property) {
        if (property.equals(SKOS.prefLabel.getURI())) {
            return "0";
        }
        if (property.equals(RDFS.label.getURI())) {
            return "1";
        }
        if (property.equals(DCTerms.title.getURI())) {
            return "2";
        }
        return property.equals(SKOS.altLabel.getURI()) ? ALIASES : null;
    }

    private static Kind kind(Literal l) {
        if (l.getDatatype() instanceof XSDDatatype dt) {
            if (dt.equals(XSDDatatype.XSDdate)) {
                return Kind.DATE;
            }
            if (isInteger(dt)) {
                return Kind.INT;
            }
            if (dt.equals(XSDDatatype.XSDdecimal) || dt.equals(XSDDatatype.XSDdouble)
                    || dt.equals(XSDDatatype.XSDfloat)) {
                return Kind.DOUBLE;
            }
        }
        return Kind.STRING;
    }

    private static boolean isInteger(XSDDatatype dt) {
        return dt.equals(XSDDatatype.XSDinteger) || dt.equals(XSDDatatype.XSDint)
                || dt.equals(XSDDatatype.XSDlong)
                || dt.equals(XSDDatatype.XSDshort) || dt.equals(XSDDatatype.XSDnonNegativeInteger)
                || dt.equals(XSDDatatype.XSDpositiveInteger);
    }

    private static String lexical(Literal l) {
        return l.getLexicalForm();
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** The local name of an IRI: what follows its last {@code #} or {@code /}. */
    static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static Query query(String name) {
        try (InputStream in = PropertyGraph.class.getResourceAsStream(QUERIES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + QUERIES + name);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + QUERIES + name, e);
        }
    }
}
