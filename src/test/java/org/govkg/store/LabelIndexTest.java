package org.govkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index on a real TDB2 dataset: replacing a report's graph replaces its index documents. */
class LabelIndexTest {

    private static final Node REPORT_A = NodeFactory.createURI("https://w3id.org/govkg/graph/a.txt");
    private static final Node REPORT_B = NodeFactory.createURI("https://w3id.org/govkg/graph/b.txt");

    private static Node entity(String name) {
        return NodeFactory.createURI("https://w3id.org/govkg/project/" + name);
    }

    private static void label(GraphStore store, Node graph, String... labels) {
        store.replaceGraphs(r -> {
            r.replace(graph);
            for (String l : labels) {
                r.sink().quad(Quad.create(graph, entity(l), SKOS.prefLabel.asNode(),
                        NodeFactory.createLiteralLang(l, "zh")));
            }
        });
    }

    /** Subjects {@code text:query} finds for {@code text}, sorted, each once. */
    private static List<String> search(GraphStore store, String text) {
        Dataset ds = DatasetFactory.wrap(store.dataset());
        List<String> found = new ArrayList<>();
        ds.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s"
                            + " { ?s text:query '" + text + "' } ORDER BY ?s").build()) {
                qe.execSelect().forEachRemaining(s -> found.add(s.getResource("s").getURI()
                        .replace("https://w3id.org/govkg/project/", "")));
            }
        });
        return found;
    }

    @Test
    void aReplacedReportsLabelsAreGoneFromTheIndex(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            label(store, REPORT_A, "清花高速", "城西大道");
            label(store, REPORT_B, "广连高速");
            assertEquals(List.of("广连高速", "清花高速"), search(store, "高速"));
            label(store, REPORT_A, "旅游大道");
            assertEquals(List.of("广连高速"), search(store, "高速"));
            assertEquals(List.of("旅游大道"), search(store, "大道"));
        }
        assertTrue(Files.isDirectory(dir.resolve(LabelIndex.DIR)), "the index sits next to tdb2/");
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(List.of("广连高速"), search(store, "高速"), "the index outlives the process");
        }
    }

    @Test
    void aReportInBothGraphsKeepsItsLabelWhenOneGraphIsReplaced(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            label(store, REPORT_A, "清花高速");
            label(store, REPORT_B, "清花高速");
            label(store, REPORT_A, "旅游大道");
            assertEquals(List.of("清花高速"), search(store, "高速"));
        }
    }

    @Test
    void theIndexStaysInStepAfterCompaction(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            label(store, REPORT_A, "清花高速");
            store.compact();
            label(store, REPORT_A, "旅游大道");
            assertEquals(List.of(), search(store, "高速"));
            assertEquals(List.of("旅游大道"), search(store, "旅游"));
        }
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(List.of("旅游大道"), search(store, "旅游"));
        }
    }

    @Test
    void aMissingIndexIsFilledFromTheDataset(@TempDir Path dir) throws IOException {
        try (GraphStore store = GraphStore.open(dir)) {
            label(store, REPORT_A, "清花高速");
        }
        try (Stream<Path> files = Files.walk(dir.resolve(LabelIndex.DIR))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(List.of("清花高速"), search(store, "高速"));
        }
    }
}
