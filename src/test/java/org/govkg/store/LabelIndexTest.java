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
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index of a generation's real TDB2 dataset: built from the dataset, once. */
class LabelIndexTest {

    private static final Node REPORT_A = NodeFactory.createURI("https://w3id.org/govkg/graph/a.txt");
    private static final Node REPORT_B = NodeFactory.createURI("https://w3id.org/govkg/graph/b.txt");

    private static Node entity(String name) {
        return NodeFactory.createURI("https://w3id.org/govkg/project/" + name);
    }

    /** Loads a generation in {@code dir} whose graphs label entities: graph, then its labels. */
    private static void load(Path dir, Object... graphsAndLabels) throws IOException {
        StringBuilder nq = new StringBuilder();
        Node graph = null;
        for (Object o : graphsAndLabels) {
            if (o instanceof Node g) {
                graph = g;
            } else {
                nq.append('<').append(entity((String) o).getURI()).append("> <").append(
                        SKOS.prefLabel.getURI())
                        .append("> \"").append(o).append("\"@zh <").append(graph.getURI()).append("> .\n");
            }
        }
        Path file = Files.writeString(dir.resolve("all.nq"), nq.toString());
        GraphStore.load(dir, file);
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
    void aGenerationsIndexIsFilledFromItsDatasetWhenFirstOpened(@TempDir Path dir) throws IOException {
        load(dir, REPORT_A, "清花高速", "城西大道", REPORT_B, "广连高速", "清花高速");
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(List.of("广连高速", "清花高速"), search(store, "高速"));
            assertEquals(List.of("城西大道"), search(store, "大道"));
        }
        assertTrue(Files.isDirectory(dir.resolve(LabelIndex.DIR)), "the index sits next to tdb2/");
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(List.of("广连高速", "清花高速"), search(store, "高速"), "filled once, not again");
        }
    }

    @Test
    void aMissingIndexIsFilledFromTheDataset(@TempDir Path dir) throws IOException {
        load(dir, REPORT_A, "清花高速");
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(List.of("清花高速"), search(store, "高速"));
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
