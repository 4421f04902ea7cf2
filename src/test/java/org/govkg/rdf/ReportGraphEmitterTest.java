package org.govkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govkg.extract.RelationKind;
import org.govkg.rdf.vocab.GOVKG;
import org.govkg.rdf.vocab.PROV;
import org.govkg.resolve.IriScheme;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.resolve.ResolvedMention;
import org.govkg.resolve.ResolvedRelation;
import org.junit.jupiter.api.Test;

class ReportGraphEmitterTest {

    private static final String B = IriScheme.DEFAULT_BASE;

    private static List<Quad> emit() {
        List<Quad> quads = new ArrayList<>();
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
        new ReportGraphEmitter(IriScheme.standard()).emit(RdfFixtures.document(), sink);
        return quads;
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(B + path);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    private static Graph union() {
        DatasetGraph dsg = RdfFixtures.dataset();
        return dsg.calculateRead(() -> copy(dsg.getUnionGraph()));
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    @Test
    void everyQuadIsInTheDocumentsGraphAndNoneHasABlankNode() {
        List<Quad> quads = emit();
        Node graph = iri("graph/fixture_清城区.txt");
        assertFalse(quads.isEmpty());
        for (Quad q : quads) {
            assertEquals(graph, q.getGraph(), q.toString());
            assertFalse(q.getSubject().isBlank() || q.getObject().isBlank(), q.toString());
        }
    }

    @Test
    void theFixtureGivesTheGoldenGraph() {
        DatasetGraph expected = DatasetGraphFactory.createGeneral();
        RDFParser.source(ReportGraphEmitterTest.class.getResourceAsStream("fixture.trig")).lang(Lang.TRIG)
                .parse(expected);
        DatasetGraph actual = RdfFixtures.dataset();
        assertTrue(actual.calculateRead(() -> IsoMatcher.isomorphic(expected, actual)), () -> "expected\n"
                + RDFWriter.source(expected).lang(Lang.TRIG).asString() + "\nbut got\n"
                + actual.calculateRead(() -> RDFWriter.source(actual).lang(Lang.TRIG).asString()));
    }

    @Test
    void sameInputGivesTheSameQuadsInTheSameOrder() {
        assertEquals(emit(), emit());
    }

    @Test
    void mentionCarriesNormalisedAndOriginalOffsets() {
        Graph g = union();
        Node m = iri("mention/fixture_清城区.txt/13-18-Program");
        assertTrue(g.contains(m, RDF.type.asNode(), GOVKG.Mention.asNode()));
        assertTrue(g.contains(m, GOVKG.start.asNode(), integer(13)));
        assertTrue(g.contains(m, GOVKG.end.asNode(), integer(18)));
        assertTrue(g.contains(m, GOVKG.originalStart.asNode(), integer(14)));
        assertTrue(g.contains(m, GOVKG.originalEnd.asNode(), integer(19)));
        assertTrue(g.contains(m, GOVKG.sentence.asNode(), integer(0)));
        assertTrue(g.contains(m, GOVKG.surface.asNode(), NodeFactory.createLiteralString("百千万工程")));
        assertTrue(g.contains(m, GOVKG.mentionOf.asNode(), iri(RdfFixtures.PROGRAM)));
        assertTrue(g.contains(iri(RdfFixtures.PROGRAM), GOVKG.hasMention.asNode(), m));
        assertTrue(g.contains(m, GOVKG.inDocument.asNode(), iri("report/fixture_清城区.txt")));
    }

    @Test
    void entitiesCarryTypeLabelsAndProperties() {
        Graph g = union();
        Node program = iri(RdfFixtures.PROGRAM);
        assertTrue(g.contains(program, RDF.type.asNode(), GOVKG.Program.asNode()));
        assertTrue(g.contains(program, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("百千万工程",
                "zh")));
        assertTrue(g.contains(program, SKOS.altLabel.asNode(),
                NodeFactory.createLiteralLang("百县千镇万村高质量发展工程", "zh")));
        Node shijiao = iri(RdfFixtures.SHIJIAO);
        assertTrue(g.contains(shijiao, GOVKG.level.asNode(), NodeFactory.createLiteralString("town")));
        assertTrue(g.contains(shijiao, GOVKG.code.asNode(), NodeFactory.createLiteralString("441802106")));
        assertTrue(g.contains(shijiao, GOVKG.partOf.asNode(), iri(RdfFixtures.QINGCHENG)));
        assertTrue(g.contains(iri(RdfFixtures.QINGCHENG), GOVKG.partOf.asNode(), iri(RdfFixtures.QINGYUAN)));
        assertTrue(g.contains(shijiao, GOVKG.within.asNode(), iri(RdfFixtures.QINGCHENG)));
        assertTrue(g.contains(shijiao, GOVKG.within.asNode(), iri(RdfFixtures.QINGYUAN)));
        assertEquals(2, g.find(shijiao, GOVKG.within.asNode(), Node.ANY).toList().size());
        assertTrue(g.contains(iri(RdfFixtures.PROJECT), GOVKG.investment.asNode(),
                NodeFactory.createLiteralDT("1050000000.0", XSDDatatype.XSDdecimal)));
        assertTrue(g.contains(iri(RdfFixtures.PROJECT), GOVKG.locatedIn.asNode(),
                iri(RdfFixtures.QINGCHENG)));
        assertTrue(g.contains(iri(RdfFixtures.PROJECT), GOVKG.byOrganization.asNode(), iri(RdfFixtures.ORG)));
        assertTrue(g.contains(iri(RdfFixtures.TERM), SKOS.definition.asNode(),
                NodeFactory.createLiteralLang("在百千万工程中评定的示范镇", "zh")));
    }

    @Test
    void reportHasMetadataRegionMentionsAndTheRegionImplementsItsPrograms() {
        Graph g = union();
        Node report = iri("report/fixture_清城区.txt");
        assertTrue(g.contains(report, RDF.type.asNode(), GOVKG.Report.asNode()));
        assertTrue(g.contains(report, GOVKG.region.asNode(), iri(RdfFixtures.QINGCHENG)));
        assertTrue(g.contains(report, GOVKG.year.asNode(), integer(2025)));
        Set<String> mentioned = new TreeSet<>();
        g.find(report, GOVKG.mentions.asNode(), Node.ANY).forEachRemaining(t -> mentioned.add(t.getObject()
                .getURI()));
        assertEquals(Set.of(B + RdfFixtures.QINGCHENG, B + RdfFixtures.PROGRAM, B + RdfFixtures.SHIJIAO,
                B + RdfFixtures.TERM, B + RdfFixtures.PROJECT, B + RdfFixtures.ORG), mentioned);
        assertTrue(g.contains(iri(RdfFixtures.QINGCHENG), GOVKG.implements_.asNode(),
                iri(RdfFixtures.PROGRAM)));
    }

    @Test
    void recognitionIsAQualifiedNodeDerivedFromItsMention() {
        Graph g = union();
        Node r = iri("recognition/fixture_清城区.txt/0");
        assertTrue(g.contains(r, RDF.type.asNode(), GOVKG.Recognition.asNode()));
        assertTrue(g.contains(r, GOVKG.recognisedPlace.asNode(), iri(RdfFixtures.SHIJIAO)));
        assertTrue(g.contains(r, GOVKG.recognisedUnder.asNode(), iri(RdfFixtures.PROGRAM)));
        assertTrue(g.contains(r, GOVKG.batch.asNode(), NodeFactory.createLiteralString("第二批")));
        assertTrue(g.contains(r, PROV.wasDerivedFrom.asNode(), iri("mention/fixture_清城区.txt/20-23-Place")));
    }

    @Test
    void everyRelationKindIsMappedToAProperty() {
        ResolvedDocument d = RdfFixtures.document();
        List<ResolvedRelation> relations = new ArrayList<>();
        for (RelationKind kind : List.of(RelationKind.UNDER_PROGRAM, RelationKind.DEFINES_PROGRAM)) {
            relations.add(new ResolvedRelation(kind, RdfFixtures.TERM, RdfFixtures.PROGRAM, -1,
                    new TreeMap<>()));
        }
        ResolvedDocument withMore = new ResolvedDocument(d.doc(), d.region(), d.entities(), d.mentions(),
                relations, d.figures());
        Graph g = GraphFactory.createDefaultGraph();
        new ReportGraphEmitter(IriScheme.standard()).emit(withMore, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                g.add(quad.asTriple());
            }
        });
        Node term = iri(RdfFixtures.TERM);
        assertTrue(g.contains(term, GOVKG.definesProgram.asNode(), iri(RdfFixtures.PROGRAM)));
        assertTrue(g.contains(term, GOVKG.underProgram.asNode(), iri(RdfFixtures.PROGRAM)));
    }

    @Test
    void aSecondMentionOfTheSameSpanAndTypeIsDropped() {
        ResolvedDocument d = RdfFixtures.document();
        List<ResolvedMention> mentions = new ArrayList<>(d.mentions());
        mentions.add(1, new ResolvedMention(mentions.get(0).mention(), RdfFixtures.QINGYUAN));
        ResolvedDocument twice = new ResolvedDocument(d.doc(), d.region(), d.entities(), mentions,
                d.relations(),
                d.figures());
        Graph g = GraphFactory.createDefaultGraph();
        new ReportGraphEmitter(IriScheme.standard()).emit(twice, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                g.add(quad.asTriple());
            }
        });
        Node m = iri("mention/fixture_清城区.txt/7-10-Place");
        assertEquals(List.of(iri(RdfFixtures.QINGCHENG)),
                g.find(m, GOVKG.mentionOf.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList());
    }

    @Test
    void decimalsAreCanonical() {
        assertEquals("10.5", ReportGraphEmitter.decimal(new BigDecimal("10.50")).getLiteralLexicalForm());
        assertEquals("1200.0", ReportGraphEmitter.decimal(new BigDecimal("1.2E3")).getLiteralLexicalForm());
        assertEquals("-3.0", ReportGraphEmitter.decimal(new BigDecimal("-3")).getLiteralLexicalForm());
    }

    @Test
    void documentIdsWithUnsafeCharactersArePercentEncoded() {
        IriScheme iris = IriScheme.standard();
        assertEquals(B + "report/a%20b%23c_清城区.txt", iris.report("a b#c_清城区.txt"));
    }
}
