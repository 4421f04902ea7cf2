package org.govkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.govkg.rdf.RdfFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphStoreTest {

    private static DatasetGraph twoReports() {
        return RdfFixtures.dataset(RdfFixtures.document(), RdfFixtures.document("other.txt", "另一份报告"));
    }

    private static Path writeQuads(DatasetGraph dataset, Path nq) throws IOException {
        try (OutputStream out = Files.newOutputStream(nq)) {
            RDFDataMgr.write(out, dataset, Lang.NQUADS);
        }
        return nq;
    }

    @Test
    void aLoadedGenerationAnswersOverTheUnionOfItsDocumentGraphs(@TempDir Path gen) throws IOException {
        DatasetGraph fixture = twoReports();
        Path nq = writeQuads(fixture, gen.resolve("all.nq"));
        GraphStore.load(gen, nq);
        try (GraphStore store = GraphStore.open(gen)) {
            assertEquals(fixture.stream().count(), store.size());
            assertEquals(2, store.graphs().size());
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

    @Test
    void aLoadAboveTheDirectAccessThresholdGivesTheSameDataset(@TempDir Path gen) throws IOException {
        DatasetGraph fixture = twoReports();
        Path nq = writeQuads(fixture, gen.resolve("all.nq"));
        // Any size is above a threshold of 0. Jena fixes the file mode at a process's first database, so
        // in this test JVM the switch may not take: the dataset must be the same either way.
        GraphStore.load(gen, nq, 0);
        try (GraphStore store = GraphStore.open(gen)) {
            assertEquals(fixture.stream().count(), store.size());
            assertEquals(2, store.graphs().size());
        }
    }

    @Test
    void aDatasetIsHeldOnlyWhileALiveProcessHoldsItsLock(@TempDir Path tdb2) throws IOException {
        assertFalse(GraphStore.heldByLiveProcess(tdb2), "no lock file");
        // A process id no process has (beyond the kernel's pid_max), as a killed server leaves behind.
        Files.writeString(tdb2.resolve("tdb.lock"), "99999999");
        assertFalse(GraphStore.heldByLiveProcess(tdb2));
        Files.writeString(tdb2.resolve("tdb.lock"), "");
        assertFalse(GraphStore.heldByLiveProcess(tdb2));
    }
}
