package org.govkg.rdf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.govkg.rdf.OntologyFiles;
import org.junit.jupiter.api.Test;

/** The vocabulary class and ontology/govkg.ttl agree in both directions. */
class GOVKGTest {

    private static final Graph ONTOLOGY = OntologyFiles.read(OntologyFiles.ONTOLOGY);

    private static Set<String> declaredInOntology() {
        Set<String> terms = new TreeSet<>();
        ONTOLOGY.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(GOVKG.NS)) {
                terms.add(s.getURI().substring(GOVKG.NS.length()));
            }
        });
        return terms;
    }

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field f : GOVKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                String local = r.getURI().substring(GOVKG.NS.length());
                // A Java keyword gets a trailing underscore; otherwise the name is the local name.
                assertEquals(f.getName().replaceAll("_$", ""), local, "constant " + f.getName() + " is " + r);
                names.add(local);
            }
        }
        return names;
    }

    @Test
    void everyOntologyTermHasAConstant() throws IllegalAccessException {
        Set<String> missing = new TreeSet<>(declaredInOntology());
        missing.removeAll(constants());
        assertEquals(Set.of(), missing, "terms of ontology/govkg.ttl without a GOVKG constant");
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        Set<String> undeclared = new TreeSet<>(constants());
        undeclared.removeAll(declaredInOntology());
        assertEquals(Set.of(), undeclared, "GOVKG constants not declared in ontology/govkg.ttl");
    }

    @Test
    void everyTermHasChineseAndEnglishLabelAndComment() {
        for (String local : declaredInOntology()) {
            Node term = NodeFactory.createURI(GOVKG.NS + local);
            for (Node p : new Node[] {RDFS.label.asNode(), RDFS.comment.asNode()}) {
                Set<String> langs = new TreeSet<>();
                ONTOLOGY.find(term, p, Node.ANY).forEachRemaining(t -> langs.add(t.getObject()
                        .getLiteralLanguage()));
                assertTrue(langs.containsAll(Set.of("zh", "en")), local + " " + p.getLocalName() + " in "
                        + langs);
            }
        }
    }
}
