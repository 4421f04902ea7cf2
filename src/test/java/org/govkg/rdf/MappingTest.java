package org.govkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.RelationKind;
import org.govkg.resolve.IriScheme;
import org.junit.jupiter.api.Test;

/**
 * Every entity type, attribute and relation kind has what the later stages need: a check that fails when
 * a new one is added without its mapping.
 */
class MappingTest {

    /** Properties the ontology declares, plus the SKOS and RDFS ones the graph uses. */
    private static boolean declared(Graph ontology, Property p) {
        return ontology.contains(NodeFactory.createURI(p.getURI()), RDF.type.asNode(), Node.ANY)
                || p.getURI().equals(SKOS.definition.getURI()) || p.getURI().equals(RDFS.label.getURI());
    }

    @Test
    void everyWrittenAttributeAndEveryRelationKindIsAPropertyOfTheOntology() {
        Graph ontology = OntologyFiles.read(OntologyFiles.ONTOLOGY);
        for (Attr a : Attr.values()) {
            a.property().ifPresent(curie -> assertTrue(declared(ontology, ReportGraphEmitter.property(curie)),
                    a + ": " + curie + " is not declared"));
        }
        for (RelationKind k : RelationKind.values()) {
            assertTrue(declared(ontology, ReportGraphEmitter.property(k.property())),
                    k + ": " + k.property() + " is not declared");
        }
    }

    @Test
    void everyTypeIsAnOntologyClassWithAShape() {
        Graph ontology = OntologyFiles.read(OntologyFiles.ONTOLOGY);
        Graph shapes = OntologyFiles.read(OntologyFiles.SHAPES);
        for (EntityType t : EntityType.values()) {
            Node c = ReportGraphEmitter.classOf(t).asNode();
            assertTrue(ontology.contains(c, RDF.type.asNode(), OWL.Class.asNode()), t + ": " + c
                    + " is no owl:Class of " + OntologyFiles.ONTOLOGY);
            assertTrue(shapes.contains(Node.ANY, SHACL.targetClass, c), t + ": no shape targets " + c);
        }
    }

    @Test
    void everyTypeHasItsOwnIriSegmentWithADumpPrefix() {
        List<String> segments = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            assertTrue(IriScheme.SEGMENTS.contains(t.segment()), t + ": segment " + t.segment()
                    + " missing from IriScheme.SEGMENTS");
            segments.add(t.segment());
        }
        assertEquals(segments.size(), new HashSet<>(segments).size(),
                "two types share a segment: " + segments);
        assertEquals(IriScheme.SEGMENTS.size(), new HashSet<>(IriScheme.SEGMENTS).size(), "SEGMENTS repeats");
    }

    @Test
    void theEntitiesQueryListsEveryTypeByItsClassAndLabel() throws IOException {
        String text = Files.readString(Path.of("sparql/entities.rq"), StandardCharsets.UTF_8);
        Query q = QueryFactory.create(text);
        TreeSet<String> listed = new TreeSet<>();
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                data.getRows().forEach(b -> listed.add(b.get(Var.alloc("class")).getURI() + " "
                        + b.get(Var.alloc("type")).getLiteralLexicalForm()));
            }
        });
        TreeSet<String> expected = new TreeSet<>();
        for (EntityType t : EntityType.values()) {
            Node c = NodeFactory.createURI(ReportGraphEmitter.classOf(t).getURI());
            expected.add(c.getURI() + " " + t.label());
        }
        assertEquals(expected, listed, "VALUES (?class ?type) of sparql/entities.rq");
    }
}
