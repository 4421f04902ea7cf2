package org.govkg.extract.project;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The project, organisation and indicator queries parse and open with the question they answer. */
class SparqlQueriesTest {

    @ParameterizedTest
    @ValueSource(strings = {"projects.rq", "organizations.rq", "indicators.rq"})
    void parsesAndSaysWhatItAnswers(String file) throws Exception {
        JenaSystem.init();
        String text = Files.readString(Path.of("sparql", file), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# "), file + " opens with a comment");
        Query q = QueryFactory.create(text);
        assertTrue(q.isSelectType(), file);
    }
}
