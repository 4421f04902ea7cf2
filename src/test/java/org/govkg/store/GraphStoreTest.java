package org.govkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.govkg.rdf.RdfFixtures;
import org.govkg.rdf.ReportGraphEmitter;
import org.govkg.resolve.IriScheme;
import org.govkg.resolve.ResolvedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphStoreTest {

    private static final ReportGraphEmitter EMITTER = new ReportGraphEmitter(IriScheme.standard());

    private static void store(GraphStore store, ResolvedDocument... docs) {
        store.replaceGraphs(r -> {
            for (ResolvedDocument d : docs) {
                r.replace(EMITTER.graphOf(d));
                EMITTER.emit(d, r.sink());
            }
        });
    }

    @Test
    void replacingADocumentTwiceNeverDuplicatesIt(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            store(store, RdfFixtures.document());
            long once = store.size();
            store(store, RdfFixtures.document());
            assertEquals(once, store.size());
            assertEquals(1, store.graphs().size());
            store(store, RdfFixtures.document("other.txt", "另一份报告"));
            assertEquals(2, store.graphs().size());
            assertTrue(store.size() > once);
        }
    }

    @Test
    void replacementDropsWhatTheOldGraphSaid(@TempDir Path dir) {
        Node graph = EMITTER.graphOf(RdfFixtures.document());
        Node stale = NodeFactory.createURI("https://example.org/stale");
        try (GraphStore store = GraphStore.open(dir)) {
            store.replaceGraphs(r -> r.sink().quad(Quad.create(graph, stale, stale, stale)));
            store(store, RdfFixtures.document());
            DatasetGraph dsg = store.dataset();
            assertEquals(false, Txn.calculateRead(dsg, () -> dsg.contains(graph, stale, stale, stale)));
        }
    }

    @Test
    void aFailedReplacementLeavesTheCommittedState(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            store(store, RdfFixtures.document());
            long before = store.size();
            assertThrows(IllegalStateException.class, () -> store.replaceGraphs(r -> {
                r.replace(EMITTER.graphOf(RdfFixtures.document()));
                throw new IllegalStateException("killed mid-way");
            }));
            assertEquals(before, store.size());
        }
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheDocumentGraphs(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            store(store, RdfFixtures.document(), RdfFixtures.document("other.txt", "另一份报告"));
            DatasetGraph dsg = store.dataset();
            long reports = Txn.calculateRead(dsg, () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg))
                        .query("SELECT (COUNT(*) AS ?n) { ?r a <https://w3id.org/govkg/ontology#Report> }")
                                .build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(2, reports);
            assertEquals(List.of(), ShapesValidator.standard().validate(dsg));
        }
    }

    /** Replaces the fixture document's graph and reports the quads the old graph held. */
    private static long replaceFixture(GraphStore store) {
        try (GraphStore.Replacement r = store.beginReplacement()) {
            ResolvedDocument d = RdfFixtures.document();
            r.replace(EMITTER.graphOf(d));
            EMITTER.emit(d, r.sink());
            r.commit();
            return r.removed();
        }
    }

    @Test
    void compactsOnlyWhenDeadQuadsOutnumberLiveOnes(@TempDir Path dir) throws Exception {
        try (GraphStore store = GraphStore.open(dir)) {
            long first = replaceFixture(store);
            assertEquals(0, first);
            long live = store.size();
            // A first build leaves nothing dead: no compaction.
            assertFalse(store.collectGarbage(first, live));
            // One rebuild: as many dead quads as live ones, not more.
            long second = replaceFixture(store);
            assertEquals(live, second);
            assertFalse(store.collectGarbage(second, live));
            assertEquals(String.valueOf(live),
                    Files.readString(store.location().resolve(GraphStore.GARBAGE_FILE)).strip());
            // The second rebuild tips it: the database is compacted into a new generation.
            assertTrue(store.collectGarbage(replaceFixture(store), live));
            assertEquals("0", Files.readString(store.location().resolve(GraphStore.GARBAGE_FILE)).strip());
            assertTrue(Files.isDirectory(store.location().resolve("Data-0002")));
            assertEquals(live, store.size());
        }
    }
}
