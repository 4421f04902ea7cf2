package org.govkg.rdf;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Figure;
import org.govkg.extract.Mention;
import org.govkg.extract.RelationKind;
import org.govkg.ingest.OffsetMap;
import org.govkg.rdf.vocab.GOVKG;
import org.govkg.rdf.vocab.PROV;
import org.govkg.rdf.vocab.QB;
import org.govkg.resolve.Entity;
import org.govkg.resolve.IriScheme;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.resolve.ResolvedMention;
import org.govkg.resolve.ResolvedRelation;
import org.govkg.text.DocumentMetadata;
import org.govkg.text.Section;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps one resolved document to RDF: quads in the document's own named graph, pushed into a
 * {@link StreamRDF}.
 * <p>Requires: a {@link ResolvedDocument}. Produces: the report (title, date, year, kind, speaker,
 * region), its sections, every entity it names or implies (type, labels, properties; the same IRI in
 * every document, so the union graph merges them), one node per mention with normalised and original
 * offsets, recognitions, the relations between entities, and the reported figures as Data Cube
 * observations. No blank nodes, and the same input gives the same quads in the same order.
 * Thread-safe: holds only its IRI scheme.
 */
public final class ReportGraphEmitter {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReportGraphEmitter.class);

    private static final String ZH = "zh";

    /** The property of each attribute that is written ({@link Attr#property()} resolved). */
    private static final Map<Attr, Property> ATTRIBUTES = new EnumMap<>(Attr.class);
    /** The property of each relation kind. */
    private static final Map<RelationKind, Property> RELATIONS = new EnumMap<>(RelationKind.class);

    static {
        for (Attr a : Attr.values()) {
            a.property().ifPresent(curie -> ATTRIBUTES.put(a, property(curie)));
        }
        for (RelationKind k : RelationKind.values()) {
            RELATIONS.put(k, property(k.property()));
        }
    }

    /**
     * The property a compact IRI of {@link Attr} or {@link RelationKind} names.
     *
     * @throws IllegalArgumentException for a prefix other than govkg, skos and rdfs
     */
    static Property property(String curie) {
        int colon = curie.indexOf(':');
        String prefix = colon < 0 ? "" : curie.substring(0, colon);
        String ns = switch (prefix) {
            case "govkg" -> GOVKG.NS;
            case "skos" -> SKOS.getURI();
            case "rdfs" -> RDFS.getURI();
            default -> throw new IllegalArgumentException("no namespace for '" + curie + "'");
        };
        return ResourceFactory.createProperty(ns, curie.substring(colon + 1));
    }

    private final IriScheme iris;

    public ReportGraphEmitter(IriScheme iris) {
        this.iris = requireNonNull(iris, "iris");
    }

    /** The named graph {@link #emit} writes {@code doc} into. */
    public Node graphOf(ResolvedDocument doc) {
        return uri(iris.graph(doc.id()));
    }

    /** Sends the quads of {@code doc}'s graph to {@code sink}; the caller frames the stream. */
    public void emit(ResolvedDocument doc, StreamRDF sink) {
        new Run(doc, sink).emit();
    }

    /** One document's emission: the graph node and sink kept at hand. */
    private final class Run {
        private final ResolvedDocument doc;
        private final StreamRDF sink;
        private final Node graph;
        private final Node report;
        private final Map<String, Entity> entities = new HashMap<>();

        Run(ResolvedDocument doc, StreamRDF sink) {
            this.doc = requireNonNull(doc, "doc");
            this.sink = requireNonNull(sink, "sink");
            this.graph = uri(iris.graph(doc.id()));
            this.report = uri(iris.report(doc.id()));
            doc.entities().forEach(e -> entities.put(e.key(), e));
        }

        void emit() {
            reportNode();
            sections();
            doc.entities().forEach(this::entity);
            mentions();
            relations();
            projectGroups();
            figures();
        }

        /** One node per group of projects the report states an amount for, with its named members. */
        private void projectGroups() {
            for (ResolvedMention rm : doc.mentions()) {
                Mention m = rm.mention();
                String at = m.attributes().get(Attr.GROUP_AT);
                String amount = m.attributes().get(Attr.GROUP_INVESTMENT);
                if (m.type() != EntityType.Project || at == null || amount == null) {
                    continue;
                }
                Node node = uri(iris.projectGroup(doc.id(), Integer.parseInt(at)));
                add(node, RDF.type, GOVKG.ProjectGroup);
                add(node, GOVKG.member, uri(iris.entity(rm.entityKey())));
                m.attributes().forEach((key, value) -> {
                    if (Attr.OF_GROUP.contains(key)) {
                        attribute(node, key, value);
                    }
                });
                add(node, GOVKG.inDocument, report);
                add(node, PROV.wasDerivedFrom,
                        uri(iris.mention(doc.id(), m.span().start(), m.span().end(), m.type().name())));
            }
        }

        private void reportNode() {
            DocumentMetadata md = doc.doc().metadata();
            add(report, RDF.type, GOVKG.Report);
            add(report, DCTerms.identifier, string(doc.id()));
            add(report, DCTerms.title, zh(md.title().isBlank() ? doc.id() : md.title()));
            md.date().filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"))
                    .ifPresent(d -> add(report, DCTerms.date,
                            NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate)));
            md.year().ifPresent(y -> add(report, GOVKG.year, integer(y)));
            add(report, GOVKG.kind, string(md.kind()));
            md.speaker().ifPresent(s -> add(report, GOVKG.speaker, string(s)));
            Optional<Node> region = doc.region().filter(entities::containsKey).map(k -> uri(iris.entity(k)));
            region.ifPresent(r -> add(report, GOVKG.region, r));
            Set<String> named = new LinkedHashSet<>();
            doc.mentions().forEach(m -> named.add(m.entityKey()));
            named.stream().sorted().forEach(k -> add(report, GOVKG.mentions, uri(iris.entity(k))));
        }

        private void sections() {
            List<Section> sections = doc.doc().structure().sections();
            for (Section s : sections) {
                Node node = uri(iris.section(doc.id(), s.index()));
                add(node, RDF.type, GOVKG.Section);
                Node parent = s.parent() >= 0 && s.parent() < sections.size()
                        ? uri(iris.section(doc.id(), s.parent())) : report;
                add(node, DCTerms.isPartOf, parent);
                add(node, GOVKG.inDocument, report);
                add(node, GOVKG.number, string(s.number()));
                if (!s.heading().isBlank()) {
                    add(node, DCTerms.title, zh(s.heading()));
                }
                add(node, GOVKG.depth, integer(s.level()));
                add(node, GOVKG.start, integer(s.span().start()));
                add(node, GOVKG.end, integer(s.span().end()));
            }
        }

        private void entity(Entity e) {
            Node node = uri(iris.entity(e.key()));
            add(node, RDF.type, classOf(e.type()));
            add(node, SKOS.prefLabel, zh(e.label()));
            add(node, RDFS.label, zh(e.label()));
            e.aliases().forEach(a -> add(node, SKOS.altLabel, zh(a)));
            e.properties().forEach((key, value) -> attribute(node, key, value));
        }

        /** Writes {@code key=value} of {@code node} as its {@link Attr} says. */
        private void attribute(Node node, Attr key, String value) {
            Property p = ATTRIBUTES.get(key);
            if (p == null) {
                LOG.debug("{}: attribute {}={} of {} is not written", doc.id(), key, value, node);
            } else if (key.value() == Attr.Value.ENTITY && !entities.containsKey(value)) {
                LOG.debug("{}: {} {} of {} is not among the document's entities", doc.id(), key, value, node);
            } else {
                object(key, value).ifPresent(o -> add(node, p, o));
            }
        }

        private Optional<Node> object(Attr key, String value) {
            return switch (key.value()) {
                case STRING -> Optional.of(string(value));
                case ZH -> Optional.of(zh(value));
                case DECIMAL -> decimal(value);
                case INTEGER -> optional(value).filter(v -> v.matches("\\d+"))
                        .map(v -> integer(Long.parseLong(v)));
                case YEAR -> year(value);
                case ENTITY -> Optional.of(uri(iris.entity(value)));
                case NONE -> Optional.empty();
            };
        }

        private void mentions() {
            OffsetMap offsets = doc.doc().source().offsets();
            Set<Node> done = new HashSet<>();
            for (ResolvedMention rm : doc.mentions()) {
                Mention m = rm.mention();
                int start = m.span().start();
                int end = m.span().end();
                Node node = uri(iris.mention(doc.id(), start, end, m.type().name()));
                if (!done.add(node)) {
                    // One mention per span and type: a duplicate would give the mention two entities.
                    LOG.debug("{}: duplicate {} mention at [{}, {}) of {} dropped", doc.id(), m.type(),
                            start, end,
                            rm.entityKey());
                    continue;
                }
                Node entity = uri(iris.entity(rm.entityKey()));
                add(node, RDF.type, GOVKG.Mention);
                add(node, GOVKG.inDocument, report);
                add(node, GOVKG.mentionOf, entity);
                add(entity, GOVKG.hasMention, node);
                add(node, GOVKG.start, integer(start));
                add(node, GOVKG.end, integer(end));
                int originalStart = offsets.toOriginal(start);
                int originalEnd = offsets.toOriginal(end);
                if (originalStart != start || originalEnd != end) {
                    add(node, GOVKG.originalStart, integer(originalStart));
                    add(node, GOVKG.originalEnd, integer(originalEnd));
                }
                if (m.sentence() >= 0) {
                    add(node, GOVKG.sentence, integer(m.sentence()));
                }
                doc.doc().source().page(start).ifPresent(p -> add(node, GOVKG.page, integer(p)));
                add(node, GOVKG.surface, string(m.surface()));
            }
        }

        private void relations() {
            int recognitions = 0;
            for (ResolvedRelation r : doc.relations()) {
                Node subject = uri(iris.entity(r.subject()));
                Node object = uri(iris.entity(r.object()));
                if (r.kind().equals(RelationKind.RECOGNISED_UNDER)) {
                    Node node = uri(iris.recognition(doc.id(), recognitions++));
                    add(node, RDF.type, GOVKG.Recognition);
                    add(node, GOVKG.recognisedPlace, subject);
                    add(node, GOVKG.recognisedUnder, object);
                    r.attributes().forEach((key, value) -> attribute(node, key, value));
                    if (r.mention() >= 0 && r.mention() < doc.mentions().size()) {
                        Mention m = doc.mentions().get(r.mention()).mention();
                        add(node, PROV.wasDerivedFrom, uri(iris.mention(doc.id(), m.span().start(),
                                m.span().end(), m.type().name())));
                    } else {
                        add(node, PROV.wasDerivedFrom, report);
                    }
                    continue;
                }
                add(subject, RELATIONS.get(r.kind()), object);
            }
        }

        private void figures() {
            List<Figure> figures = doc.figures();
            for (int i = 0; i < figures.size(); i++) {
                Figure f = figures.get(i);
                Node node = uri(iris.observation(doc.id(), i));
                add(node, RDF.type, QB.Observation);
                add(node, QB.dataSet, GOVKG.figures);
                add(node, GOVKG.indicator, string(f.indicator()));
                Optional<String> area = f.region() >= 0 && f.region() < doc.mentions().size()
                        ? Optional.of(doc.mentions().get(f.region()).entityKey())
                        : doc.region().filter(entities::containsKey);
                area.ifPresent(k -> add(node, GOVKG.refArea, uri(iris.entity(k))));
                add(node, GOVKG.refPeriod, string(f.period()));
                f.value().ifPresent(v -> add(node, GOVKG.value, decimal(v)));
                f.unit().ifPresent(u -> add(node, GOVKG.unit, string(u)));
                f.growth().ifPresent(g -> add(node, GOVKG.growthRate, decimal(g)));
                f.basis().filter(b -> !b.isEmpty()).ifPresent(b -> add(node, GOVKG.growthBasis, string(b)));
                add(node, GOVKG.measure, string(f.measure()));
                add(node, GOVKG.sourceText, string(f.text()));
                add(node, GOVKG.inDocument, report);
                add(node, GOVKG.start, integer(f.span().start()));
                add(node, GOVKG.end, integer(f.span().end()));
                if (f.sentence() >= 0) {
                    add(node, GOVKG.sentence, integer(f.sentence()));
                }
            }
        }

        private void add(Node s, Resource p, Resource o) {
            add(s, p, o.asNode());
        }

        private void add(Node s, Resource p, Node o) {
            sink.quad(Quad.create(graph, s, p.asNode(), o));
        }
    }

    /** The class of an entity type. */
    public static Resource classOf(EntityType type) {
        return ResourceFactory.createResource(GOVKG.NS + type.className());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Optional<String> optional(String s) {
        return Optional.ofNullable(s).filter(v -> !v.isBlank());
    }

    private static Optional<Node> year(String s) {
        return optional(s).filter(v -> v.matches("\\d{4}")).map(v -> integer(Integer.parseInt(v)));
    }

    private static Optional<Node> decimal(String s) {
        try {
            return optional(s).map(v -> decimal(new BigDecimal(v.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * An xsd:decimal in canonical form ({@code 1050000000.0}, {@code 10.5}): with a decimal point, so
     * that Turtle writers can print it bare and every reader gets back the same term.
     */
    static Node decimal(BigDecimal d) {
        String s = d.stripTrailingZeros().toPlainString();
        if (s.indexOf('.') < 0) {
            s = s + ".0";
        }
        return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdecimal);
    }

    private static Node integer(long i) {
        return NodeFactory.createLiteralDT(Long.toString(i), XSDDatatype.XSDinteger);
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, ZH);
    }
}
