package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.govkg.export.PropertyGraph;
import org.govkg.extract.EntityType;
import org.govkg.extract.RelationKind;
import org.govkg.rdf.vocab.GOVKG;
import org.govkg.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * The property-graph exports of the bundled corpus, read by the tools they are for: networkx reads the
 * GraphML and the GEXF with as many nodes and edges of each type as SPARQL counts over the same build;
 * {@code neo4j-admin database import} and {@code load.cypher} load the Neo4j files into a real Neo4j,
 * which answers which towns were recognised under 百千万工程 as SPARQL does.
 */
class PropertyGraphIT {

    /** Debian's python3 with python3-networkx (.ci/run installs it), not whatever python3 a PATH finds. */
    private static final String PYTHON = "/usr/bin/python3";

    private static final String PREFIXES = "PREFIX govkg: <https://w3id.org/govkg/ontology#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";

    private static final String TOWNS_SPARQL = PREFIXES + "SELECT DISTINCT ?town WHERE { "
            + "?r govkg:recognisedUnder ?g ; govkg:recognisedPlace ?p . ?g skos:prefLabel \"百千万工程\"@zh . "
            + "?p govkg:level \"town\" ; skos:prefLabel ?town } ORDER BY ?town";

    private static final String TOWNS_CYPHER = "MATCH (p:Place)-[:recognisedUnder]->"
            + "(:Program {label: '百千万工程'}) "
            + "WHERE p.level = 'town' RETURN DISTINCT p.label AS town ORDER BY town";

    @TempDir
    static Path tmp;
    static Path out;
    /** Nodes and edges per type, counted by SPARQL over the build's dataset. */
    static Map<String, Long> nodes;
    static Map<String, Long> edges;
    static List<String> towns;

    @BeforeAll
    static void build() {
        out = tmp.resolve("out");
        CliRun run = CliRun.govkg("build", "corpus", "-o", out.toString(), "--format", "graphml,gexf,neo4j",
                "--threads", "2");
        assertEquals(0, run.code(), run.err());
        try (GraphStore store = GraphStore.openExisting(out)) {
            Dataset ds = DatasetFactory.wrap(store.dataset());
            Txn.executeRead(ds, () -> count(ds));
        }
    }

    private static void count(Dataset ds) {
        nodes = new TreeMap<>();
        List<String> classes = new ArrayList<>();
        for (String type : PropertyGraph.nodeTypes()) {
            String local = isEntity(type) ? EntityType.valueOf(type).className() : type;
            String cls = "<" + GOVKG.NS + local + ">";
            classes.add(cls);
            long n = one(ds, "SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE { ?n a " + cls + " }");
            if (n > 0) {
                nodes.put(type, n);
            }
        }
        String values = String.join(" ", classes);
        edges = new TreeMap<>();
        for (QuerySolution s : select(ds, PREFIXES + "SELECT ?p (COUNT(*) AS ?c) WHERE { "
                + "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o . ?s a ?sc . ?o a ?oc . "
                + "VALUES ?sc { " + values + " } VALUES ?oc { " + values
                + " } FILTER (STRSTARTS(STR(?p), STR(govkg:)) && ?p != govkg:mentions) } } GROUP BY ?p")) {
            edges.put(s.getResource("p").getLocalName(), s.getLiteral("c").getLong());
        }
        edges.put("recognisedUnder", one(ds, PREFIXES + "SELECT (COUNT(DISTINCT ?r) AS ?c) WHERE { "
                + "?r a govkg:Recognition ; govkg:recognisedPlace ?place ; "
                + "govkg:recognisedUnder ?program }"));
        edges.put("mentions", one(ds, PREFIXES + "SELECT (COUNT(*) AS ?c) WHERE { SELECT DISTINCT ?r ?e "
                + "WHERE { ?r a govkg:Report ; govkg:mentions ?e } }"));
        towns = select(ds, TOWNS_SPARQL).stream().map(s -> s.getLiteral("town").getLexicalForm()).toList();
    }

    private static boolean isEntity(String type) {
        return Stream.of(EntityType.values()).anyMatch(t -> t.label().equals(type));
    }

    private static List<QuerySolution> select(Dataset ds, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static long one(Dataset ds, String query) {
        return select(ds, query).get(0).getLiteral("c").getLong();
    }

    @Test
    void theGraphHasEveryKindOfNodeAndRelation() {
        assertEquals(PropertyGraph.nodeTypes(), List.copyOf(nodes.keySet()).stream()
                .sorted((a, b) -> PropertyGraph.nodeTypes().indexOf(a) - PropertyGraph.nodeTypes().indexOf(b))
                .toList(), "node types in the corpus: " + nodes);
        for (RelationKind k : RelationKind.values()) {
            assertTrue(edges.getOrDefault(k.toString(), 0L) > 0, k + " has no edge: " + edges);
        }
        for (String t : List.of("member", "mentions", "region")) {
            assertTrue(edges.getOrDefault(t, 0L) > 0, t + " has no edge: " + edges);
        }
        assertEquals(List.of("石角镇", "源潭镇", "飞来峡镇", "龙塘镇").stream().sorted().toList(), towns);
    }

    @Test
    void networkxReadsGraphmlAndGexfWithTheCountsOfSparql() throws Exception {
        Path script = tmp.resolve("read_graphs.py");
        Files.writeString(script, """
                import collections, sys
                import networkx as nx
                for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
                    g = read(sys.argv[1] + "/govkg." + fmt)
                    for kind, items in (("node", [d for _, d in g.nodes(data=True)]),
                                        ("edge", [d for _, _, d in g.edges(data=True)])):
                        for t, c in sorted(collections.Counter(d["type"] for d in items).items()):
                            print(fmt, kind, t, c)
                    labels = {d.get("label") for _, d in g.nodes(data=True)}
                    print(fmt, "check chinese-label", "百千万工程" in labels and "石角镇" in labels)
                    years = {type(d["year"]).__name__ for _, _, d in g.edges(data=True) if "year" in d}
                    print(fmt, "check edge-year-is-int", years == {"int"})
                    money = {type(d["investment"]).__name__ for _, d in g.nodes(data=True)
                             if "investment" in d}
                    print(fmt, "check investment-is-float", money == {"float"})
                """, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(PYTHON, script.toString(), out.toString())
                .redirectErrorStream(true);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "python did not finish");
        assertEquals(0, p.exitValue(), output);
        for (String fmt : List.of("graphml", "gexf")) {
            Map<String, Long> readNodes = new TreeMap<>();
            Map<String, Long> readEdges = new TreeMap<>();
            for (String line : output.lines().toList()) {
                String[] f = line.split(" ");
                if (f[0].equals(fmt) && f[1].equals("check")) {
                    assertEquals("True", f[3], fmt + " " + f[2] + ":\n" + output);
                } else if (f[0].equals(fmt)) {
                    (f[1].equals("node") ? readNodes : readEdges).put(f[2], Long.parseLong(f[3]));
                }
            }
            assertEquals(nodes, readNodes, fmt + " nodes per type");
            assertEquals(edges, readEdges, fmt + " edges per type");
        }
    }

    @Test
    void exportFromTheBuildDirectoryWritesWhatTheBuildWrote() throws IOException {
        for (String fmt : List.of("graphml", "gexf", "neo4j")) {
            Path target = tmp.resolve("export-" + fmt);
            CliRun run = CliRun.govkg("export", "-d", out.toString(), "--to", fmt, "-o", target.toString());
            assertEquals(0, run.code(), run.err());
            Path built = out.resolve(fmt.equals("neo4j") ? "neo4j" : "govkg." + fmt);
            assertEquals(contents(built), contents(target), fmt);
        }
        CliRun again = CliRun.govkg("export", "-d", out.toString(), "--to", "neo4j");
        assertEquals(0, again.code(), again.err());
        assertEquals(contents(tmp.resolve("export-neo4j")), contents(out.resolve("neo4j")),
                "exporting over the old directory");
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("."))
                    .filter(n -> !n.equals(".lock")).toList(), "temporary files left");
        }
        CliRun bad = CliRun.govkg("export", "-d", out.toString(), "--to", "dot");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown --to 'dot'"), bad.err());
    }

    /** A file's bytes, or a directory's files by name with their bytes, as text to compare. */
    private static Map<String, String> contents(Path p) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isRegularFile(p)) {
            files.put("", Files.readString(p, StandardCharsets.UTF_8));
            return files;
        }
        try (Stream<Path> s = Files.list(p)) {
            for (Path f : s.toList()) {
                files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertTrue(files.size() > 3, p + " holds " + files.keySet());
        return files;
    }

    @Test
    void neo4jImportsTheCsvFilesAndLoadCypherLoadsTheSame() throws Exception {
        Path csv = out.resolve("neo4j");
        List<String> files;
        try (Stream<Path> s = Files.list(csv)) {
            files = s.map(f -> f.getFileName().toString()).sorted().toList();
        }
        // neo4j-admin database import full, as the README gives it (the database name first: --nodes and
        // --relationships take every file name that follows them).
        Path home = tmp.resolve("neo4j-home");
        List<String> args = new ArrayList<>(List.of("database", "import", "full", "neo4j",
                "--array-delimiter=|", "--multiline-fields=true", "--threads=2",
                "--max-off-heap-memory=64m", "--report-file=" + home.resolve("import.report")));
        files.stream().filter(f -> f.startsWith("nodes-"))
                .forEach(f -> args.add("--nodes=" + csv.resolve(f)));
        files.stream().filter(f -> f.startsWith("relationships-"))
                .forEach(f -> args.add("--relationships=" + csv.resolve(f)));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8);
        int code = AdminTool.execute(new ExecutionContext(home, home.resolve("conf"), ps, ps,
                new DefaultFileSystemAbstraction()), args.toArray(String[]::new));
        assertEquals(0, code, log.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(home.resolve("import.report")), "the import's report is not in its home");
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 32L << 20)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, csv.toAbsolutePath())
                .build();
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            Map<String, Object> imported = answers(db);
            assertEquals(towns, imported.get("towns"));
            assertEquals(List.of("INTEGER NOT NULL"), imported.get("year"));
            assertTrue(imported.get("investment").toString().contains("FLOAT NOT NULL"),
                    imported.get("investment").toString());
            assertEquals(nodes, imported.get("nodes"));
            assertEquals(edges, imported.get("edges"));
            // The same files through load.cypher's LOAD CSV, statement by statement, into the emptied
            // database.
            db.executeTransactionally("MATCH (n) DETACH DELETE n");
            String script = Files.readString(csv.resolve("load.cypher"), StandardCharsets.UTF_8);
            String body = script.lines().filter(l -> !l.startsWith("//")).collect(Collectors.joining("\n"));
            for (String statement : body.split(";\n")) {
                if (!statement.isBlank()) {
                    db.executeTransactionally(statement);
                }
            }
            assertEquals(imported, answers(db));
        } finally {
            dbms.shutdown();
        }
    }

    /** The towns recognised under 百千万工程, the nodes and relationships per type, and a few typed values. */
    private static Map<String, Object> answers(GraphDatabaseService db) {
        Map<String, Object> answers = new TreeMap<>();
        answers.put("towns", db.executeTransactionally(TOWNS_CYPHER, Map.of(),
                r -> r.stream().map(m -> (String) m.get("town")).toList()));
        answers.put("nodes", counts(db, "MATCH (n:Resource) "
                + "RETURN [l IN labels(n) WHERE l <> 'Resource'][0] AS t, count(n) AS c"));
        answers.put("edges", counts(db, "MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS c"));
        answers.put("aliases", db.executeTransactionally("MATCH (g:Program {label: '百千万工程'}) "
                + "RETURN g.aliases AS a", Map.of(), r -> List.of((String[]) r.next().get("a"))));
        // Every property both ways: as many keys on nodes and relationships, and the same typed values.
        answers.put("nodeKeys", db.executeTransactionally("MATCH (n) RETURN sum(size(keys(n))) AS k",
                Map.of(), r -> r.next().get("k")));
        answers.put("relationshipKeys", db.executeTransactionally(
                "MATCH ()-[r]->() RETURN sum(size(keys(r))) AS k", Map.of(), r -> r.next().get("k")));
        answers.put("investment", db.executeTransactionally("MATCH (p:Project) "
                + "WHERE p.investment IS NOT NULL "
                + "RETURN valueType(p.investment) AS t, sum(p.investment) AS s", Map.of(),
                r -> r.stream().map(Map::toString).toList()));
        answers.put("year", db.executeTransactionally("MATCH ()-[r:recognisedUnder]->() "
                + "WHERE r.year IS NOT NULL RETURN DISTINCT valueType(r.year) AS t", Map.of(),
                r -> r.stream().map(m -> m.get("t")).toList()));
        return answers;
    }

    private static Map<String, Long> counts(GraphDatabaseService db, String query) {
        return db.executeTransactionally(query, Map.of(), r -> r.stream().collect(Collectors.toMap(
                m -> (String) m.get("t"), m -> (Long) m.get("c"), Long::sum, TreeMap::new)));
    }
}
