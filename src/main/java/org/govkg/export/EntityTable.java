package org.govkg.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.govkg.extract.EntityType;

/**
 * The entities table ({@code entities.tsv}): one {@link EntityRow} per entity each report mentions,
 * read from the dataset by {@code sparql/entities.rq}, so that the table is a view of the graph and
 * never a second copy
 * of it. A row's label, aliases, code and definition are those the report's own graph states.
 */
public final class EntityTable {

    /** The table's file name in a build directory. */
    public static final String FILE = "entities.tsv";

    /** The query, shipped as {@code sparql/entities.rq} in the project and in the jar. */
    private static final String QUERY_RESOURCE = "/sparql/entities.rq";

    private static final class Holder {
        static final Query QUERY = load();

        private static Query load() {
            try (InputStream in = EntityTable.class.getResourceAsStream(QUERY_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + QUERY_RESOURCE);
                }
                return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + QUERY_RESOURCE, e);
            }
        }
    }

    private EntityTable() {
    }

    /** The rows of {@code dataset}, ordered by document, type and IRI. */
    public static List<EntityRow> read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            record Key(String doc, String type, String iri) implements Comparable<Key> {
                @Override
                public int compareTo(Key o) {
                    int c = doc.compareTo(o.doc);
                    c = c != 0 ? c : Integer.compare(order(type), order(o.type));
                    return c != 0 ? c : iri.compareTo(o.iri);
                }
            }
            // What the report's graph says of each entity; one solution per alias, code and definition.
            record Facts(TreeSet<String> labels, TreeSet<String> aliases, TreeSet<String> codes,
                         TreeSet<String> definitions) {
            }
            Map<Key, Facts> facts = new TreeMap<>();
            try (QueryExecution qe = QueryExecution.create(Holder.QUERY, DatasetFactory.wrap(dataset))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Key k = new Key(text(s.get("doc")), text(s.get("type")),
                            s.getResource("entity").getURI());
                    Facts f = facts.computeIfAbsent(k, x -> new Facts(new TreeSet<>(), new TreeSet<>(),
                            new TreeSet<>(), new TreeSet<>()));
                    f.labels().add(text(s.get("label")));
                    addIfBound(f.aliases(), s.get("alias"));
                    addIfBound(f.codes(), s.get("code"));
                    addIfBound(f.definitions(), s.get("definition"));
                }
            }
            List<EntityRow> rows = new ArrayList<>(facts.size());
            for (var e : facts.entrySet()) {
                Key k = e.getKey();
                Facts f = e.getValue();
                String label = f.labels().first();
                TreeSet<String> aliases = new TreeSet<>(f.aliases());
                aliases.addAll(f.labels());
                aliases.remove(label);
                rows.add(new EntityRow(k.doc(), k.type(), k.iri(), label, List.copyOf(aliases),
                        first(f.codes()), first(f.definitions())));
            }
            return rows;
        });
    }

    /** Writes the table of {@code dataset} to {@code dir}/{@value #FILE}, atomically. */
    public static void write(DatasetGraph dataset, Path dir) throws IOException {
        List<EntityRow> rows = read(dataset);
        AtomicFile.write(dir.resolve(FILE), out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(EntityRow.HEADER);
            w.write('\n');
            for (EntityRow row : rows) {
                w.write(row.toTsv());
                w.write('\n');
            }
            w.flush();
        });
    }

    /** Reads a table written by {@link #write}. */
    public static List<EntityRow> readFile(Path table) throws IOException {
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(EntityRow.HEADER)) {
            throw new IOException(table + ": not an entities table of this version (header '"
                    + (lines.isEmpty() ? "" : lines.get(0)) + "'); rebuild it with govkg build");
        }
        List<EntityRow> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isEmpty()) {
                rows.add(EntityRow.parse(line));
            }
        }
        return rows;
    }

    private static int order(String type) {
        return EntityType.valueOf(type).ordinal();
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static void addIfBound(TreeSet<String> set, RDFNode n) {
        if (n != null) {
            set.add(text(n));
        }
    }

    private static String first(TreeSet<String> set) {
        return set.isEmpty() ? "" : set.first();
    }
}
