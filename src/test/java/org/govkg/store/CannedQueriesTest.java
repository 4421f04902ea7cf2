package org.govkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.govkg.rdf.RdfFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every canned query in sparql/ opens with a question, parses, and answers on the fixture report. */
class CannedQueriesTest {

    /**
     * The fixture with its default graph the union of its named graphs and its full-text index, as
     * TDB2 and Fuseki serve it.
     */
    private static final Dataset DATA = union(RdfFixtures.dataset(RdfFixtures.document(),
            RdfFixtures.document("other.txt", "另一份报告")));

    static Stream<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sparql"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    private static Dataset union(DatasetGraph dsg) {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        tdb.executeWrite(() -> dsg.executeRead(() -> dsg.find().forEachRemaining(tdb::add)));
        return DatasetFactory.wrap(LabelIndex.inMemory(tdb));
    }

    private static List<QuerySolution> select(String text) {
        Query q = QueryFactory.create(text);
        List<QuerySolution> rows = new ArrayList<>();
        DATA.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(DATA).query(q).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(rows::add);
            }
        });
        return rows;
    }

    @ParameterizedTest
    @MethodSource("queries")
    void opensWithTheQuestionItAnswersAndAnswersIt(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# "), file + " must open with a comment saying the question it answers");
        Query q = QueryFactory.create(text);
        assertTrue(q.isSelectType(), file + " is a SELECT query");
        assertFalse(select(text).isEmpty(), file + " found nothing in the fixture");
    }

    @Test
    void definedTermsComeWithTheirDefinition() throws IOException {
        List<QuerySolution> rows = select(Files.readString(Path.of("sparql/defined-terms.rq")));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("典型镇", rows.get(0).getLiteral("label").getLexicalForm());
        assertEquals("在百千万工程中评定的示范镇", rows.get(0).getLiteral("definition").getLexicalForm());
        assertEquals("fixture_清城区.txt | other.txt", rows.get(0).getLiteral("reports").getLexicalForm());
    }

    @Test
    void searchFindsTheProgramByAWordOfItsLabel() throws IOException {
        List<QuerySolution> rows = select(Files.readString(Path.of("sparql/search.rq")));
        assertEquals("百千万工程", rows.get(0).getLiteral("label").getLexicalForm(), rows.toString());
        assertEquals("Program", rows.get(0).getLiteral("type").getLexicalForm());
        assertEquals("fixture_清城区.txt | other.txt", rows.get(0).getLiteral("reports").getLexicalForm());
    }

    @Test
    void reportMentionsListsEachEntityOfEachReportOnce() throws IOException {
        List<QuerySolution> rows = select(Files.readString(Path.of("sparql/report-mentions.rq")));
        assertEquals(12, rows.size(), rows.toString());
        QuerySolution first = rows.get(0);
        assertEquals("fixture_清城区.txt", first.getLiteral("doc").getLexicalForm());
        assertEquals(1, first.getLiteral("mentions").getInt());
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("label").getLexicalForm().equals("百千万工程")
                && r.getLiteral("type").getLexicalForm().equals("Program")));
    }
}
