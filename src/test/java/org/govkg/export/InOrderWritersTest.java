package org.govkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.junit.jupiter.api.Test;

class InOrderWritersTest {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final String EX = "https://example.org/";

    /**
     * Statements grouped as the dumps' runs are: graph, subject, rdf:type first, then predicates, several
     * objects each; many more than the 1,000 Rio regroups at a time, with subjects across that boundary,
     * long literals that wrap, numbers, language tags and IRIs both with and without a prefix.
     */
    private static List<Statement> grouped() {
        List<Statement> all = new ArrayList<>();
        IRI name = VF.createIRI(EX, "name");
        IRI amount = VF.createIRI(EX, "amount");
        IRI link = VF.createIRI("https://other.example/", "linkedTo");
        for (int g = 0; g < 3; g++) {
            IRI graph = VF.createIRI(EX, "graph/" + g);
            for (int s = 0; s < 150; s++) {
                IRI subject = VF.createIRI(EX, "项目/" + g + "-" + s);
                all.add(VF.createStatement(subject, RDF.TYPE, VF.createIRI(EX, "Project"), graph));
                all.add(VF.createStatement(subject, RDF.TYPE, VF.createIRI(EX, "Thing"), graph));
                all.add(VF.createStatement(subject, RDFS.LABEL, VF.createLiteral("项目" + s, "zh"), graph));
                all.add(VF.createStatement(subject, amount, VF.createLiteral(String.valueOf(s * 1.5),
                        XSD.DECIMAL), graph));
                all.add(VF.createStatement(subject, amount, VF.createLiteral(s), graph));
                for (int o = 0; o < 3; o++) {
                    all.add(VF.createStatement(subject, link, VF.createIRI(EX, "项目/" + g + "-" + (s + o)),
                            graph));
                }
                all.add(VF.createStatement(subject, name, VF.createLiteral("一个很长的名称，".repeat(s % 7 * 6)
                        + s), graph));
            }
        }
        return all;
    }

    private static String write(Function<ByteArrayOutputStream, RDFWriter> writers, List<Statement> all) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter w = writers.apply(out);
        WriterConfig config = new WriterConfig();
        config.set(BasicWriterSettings.PRETTY_PRINT, true);
        config.set(BasicWriterSettings.INLINE_BLANK_NODES, false);
        w.setWriterConfig(config);
        w.startRDF();
        w.handleNamespace("ex", EX);
        w.handleNamespace("rdfs", RDFS.NAMESPACE);
        w.handleNamespace("xsd", XSD.NAMESPACE);
        all.forEach(w::handleStatement);
        w.endRDF();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void turtleInOrderIsWhatRiosRegroupingWriterWrites() {
        List<Statement> all = grouped();
        String rio = write(out -> Rio.createWriter(RDFFormat.TURTLE, out), all);
        assertTrue(rio.length() > 50_000 && rio.contains(";\n  ex:amount") && rio.contains(", "),
                rio.substring(0, 500));
        assertEquals(rio, write(InOrderWriters.Turtle::new, all));
    }

    @Test
    void trigInOrderIsWhatRiosRegroupingWriterWrites() {
        List<Statement> all = grouped();
        String rio = write(out -> Rio.createWriter(RDFFormat.TRIG, out), all);
        assertTrue(rio.contains("<https://example.org/graph/2> {"), rio.substring(0, 500));
        assertEquals(rio, write(InOrderWriters.TriG::new, all));
    }
}
