package org.govkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.govkg.extract.EntityType;
import org.govkg.rdf.GovkgVersion;
import org.govkg.rdf.RdfFixtures;
import org.govkg.resolve.IriScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ontology and VoID graphs a build puts into its dataset and dumps. */
class DatasetDescriptionTest {

    private static final String PREFIXES = "PREFIX void: <http://rdfs.org/ns/void#> "
            + "PREFIX govkg: <https://w3id.org/govkg/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> ";

    private static Map<String, String> select(GraphStore store, String query, String key, String value) {
        Dataset ds = DatasetFactory.wrap(store.dataset());
        Map<String, String> rows = new HashMap<>();
        ds.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                qe.execSelect().forEachRemaining(s -> rows.put(s.get(key).toString(),
                        s.get(value).asLiteral().getLexicalForm()));
            }
        });
        return rows;
    }

    @Test
    void theDatasetDescribesItselfAndKnowsItsOntology(@TempDir Path dir) throws IOException {
        RdfFixtures.buildDirectory(dir);
        try (GraphStore store = GraphStore.openExisting(dir)) {
            Map<String, String> label = select(store, "SELECT ?c ?l { GRAPH <https://w3id.org/govkg/ontology>"
                    + " { govkg:Program rdfs:label ?l } BIND('Program' AS ?c) FILTER(LANG(?l) = 'zh') }",
                    "c", "l");
            assertTrue(label.containsKey("Program"), label.toString());
            Map<String, String> partitions = select(store, "SELECT ?class ?n { GRAPH ?g { ?d a void:Dataset"
                    + " ; void:classPartition [ void:class ?class ; void:entities ?n ] } }", "class", "n");
            Map<String, String> counted = select(store, "SELECT ?class (STR(COUNT(DISTINCT ?e)) AS ?n) "
                    + "{ GRAPH ?g { ?e a ?class }"
                    + " FILTER(STRSTARTS(STR(?g), 'https://w3id.org/govkg/graph/')) }"
                    + " GROUP BY ?class", "class", "n");
            for (EntityType t : EntityType.values()) {
                String cls = "https://w3id.org/govkg/ontology#" + t.className();
                assertEquals(counted.getOrDefault(cls, "0"), partitions.get(cls), t.label());
            }
            assertEquals("2", partitions.get("https://w3id.org/govkg/ontology#Report"));
            Map<String, String> about = select(store, "SELECT ?d ?v { GRAPH ?d { ?d dcterms:creator ?v } }",
                    "d", "v");
            assertEquals(Map.of(IriScheme.DEFAULT_BASE + "dataset", "govkg " + GovkgVersion.current()),
                    about);
        }
    }

    @Test
    void twoBuildsOfTheSameInputWriteByteIdenticalDumps(@TempDir Path a, @TempDir Path b)
            throws IOException {
        RdfFixtures.buildDirectory(a);
        RdfFixtures.buildDirectory(b);
        for (String f : new String[] {"govkg.ttl", "govkg.trig"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        String trig = Files.readString(a.resolve("govkg.trig"));
        assertTrue(trig.contains("void:classPartition"), "the VoID graph is in the dump");
        assertTrue(trig.contains("<https://w3id.org/govkg/ontology/genid/"),
                "ontology blank nodes are named");
    }
}
