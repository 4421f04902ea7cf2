package org.govkg.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.govkg.export.PropertyGraph.Edge;
import org.govkg.export.PropertyGraph.Node;
import org.govkg.export.PropertyGraph.Property;

/**
 * Writes a {@link PropertyGraph} as the CSV files of {@code neo4j-admin database import full}: one
 * {@code nodes-TYPE.csv} per node type ({@code iri:ID}, {@code :LABEL}, then typed property columns such
 * as {@code year:int} and {@code aliases:string[]}) and one {@code relationships-TYPE.csv} per edge type
 * ({@code :START_ID}, {@code :END_ID}, {@code :TYPE}, properties), arrays and labels delimited by
 * {@value #ARRAY_DELIMITER} (give the importer {@code --array-delimiter='|'}). Every node has a second
 * label, {@value #RESOURCE}, for one unique IRI constraint. Beside them {@code load.cypher} loads the same
 * files with {@code LOAD CSV} into a running database.
 */
final class Neo4jCsvWriter {

    /** The delimiter of array values and labels. */
    static final String ARRAY_DELIMITER = GraphMlWriter.LIST_SEPARATOR;
    /** The label every node has besides its type. */
    static final String RESOURCE = "Resource";
    /** The Cypher script that loads the files with LOAD CSV. */
    static final String LOAD_SCRIPT = "load.cypher";

    private Neo4jCsvWriter() {
    }

    /** Writes the files into {@code dir}, which exists. */
    static void write(PropertyGraph graph, Path dir) throws IOException {
        Map<String, List<Node>> nodes = new LinkedHashMap<>();
        for (String type : PropertyGraph.nodeTypes()) {
            nodes.put(type, new ArrayList<>());
        }
        graph.nodes().forEach(n -> nodes.get(n.type()).add(n));
        Map<String, List<Edge>> edges = new LinkedHashMap<>();
        graph.edges().forEach(e -> edges.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e));
        StringBuilder cypher = new StringBuilder();
        cypher.append("// The govkg property graph, loaded with LOAD CSV from the files beside this script\n")
                .append("// (copy them into the database's import directory): cypher-shell -f load.cypher\n")
                .append("CREATE CONSTRAINT govkg_resource_iri IF NOT EXISTS FOR (n:").append(RESOURCE)
                .append(") REQUIRE n.iri IS UNIQUE;\n");
        for (var e : nodes.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            List<Property> columns = columns(graph.nodeSchema(), e.getValue(), Node::properties);
            String file = "nodes-" + e.getKey() + ".csv";
            try (Writer w = writer(dir.resolve(file))) {
                List<String> header = new ArrayList<>(List.of("iri:ID", ":LABEL"));
                columns.forEach(p -> header.add(column(p)));
                w.write(String.join(",", header) + "\n");
                for (Node n : e.getValue()) {
                    StringBuilder line = new StringBuilder(quote(n.id())).append(',')
                            .append(quote(n.type() + ARRAY_DELIMITER + RESOURCE));
                    columns.forEach(p -> line.append(',').append(field(p, n.properties().get(p.name()))));
                    w.write(line.append('\n').toString());
                }
            }
            cypher.append("\nLOAD CSV WITH HEADERS FROM 'file:///").append(file).append("' AS row\n")
                    .append("CREATE (:`").append(e.getKey()).append("`:").append(RESOURCE)
                    .append(" {iri: row.`iri:ID`");
            columns.forEach(p -> cypher.append(", `").append(p.name()).append("`: ").append(read(p)));
            cypher.append("});\n");
        }
        for (var e : edges.entrySet()) {
            List<Property> columns = columns(graph.edgeSchema(), e.getValue(), Edge::properties);
            String file = "relationships-" + e.getKey() + ".csv";
            try (Writer w = writer(dir.resolve(file))) {
                List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE"));
                columns.forEach(p -> header.add(column(p)));
                w.write(String.join(",", header) + "\n");
                for (Edge edge : e.getValue()) {
                    StringBuilder line = new StringBuilder(quote(edge.source())).append(',')
                            .append(quote(edge.target())).append(',').append(quote(edge.type()));
                    columns.forEach(p -> line.append(',').append(field(p, edge.properties().get(p.name()))));
                    w.write(line.append('\n').toString());
                }
            }
            cypher.append("\nLOAD CSV WITH HEADERS FROM 'file:///").append(file).append("' AS row\n")
                    .append("MATCH (s:").append(RESOURCE).append(" {iri: row.`:START_ID`}), (t:")
                    .append(RESOURCE).append(" {iri: row.`:END_ID`})\n")
                    .append("CREATE (s)-[:`").append(e.getKey()).append("` {");
            List<String> props = new ArrayList<>();
            columns.forEach(p -> props.add("`" + p.name() + "`: " + read(p)));
            cypher.append(String.join(", ", props)).append("}]->(t);\n");
        }
        Files.writeString(dir.resolve(LOAD_SCRIPT), cypher.toString(), StandardCharsets.UTF_8);
    }

    /** The properties of the schema that some of {@code elements} have, in schema order. */
    private static <T> List<Property> columns(List<Property> schema, List<T> elements,
                                              Function<T, Map<String, List<String>>> properties) {
        Set<String> present = new LinkedHashSet<>();
        elements.forEach(x -> present.addAll(properties.apply(x).keySet()));
        return schema.stream().filter(p -> present.contains(p.name())).toList();
    }

    /** The header of a property's column: its name and its type, {@code []} for an array. */
    private static String column(Property p) {
        String type = switch (p.kind()) {
            case INT -> "int";
            case DOUBLE -> "double";
            case DATE -> "date";
            case STRING -> "string";
        };
        return p.name() + ":" + type + (p.list() ? "[]" : "");
    }

    /** The Cypher expression that reads the column of {@code p} from a LOAD CSV row, typed. */
    private static String read(Property p) {
        String cell = "row.`" + column(p) + "`";
        String convert = switch (p.kind()) {
            case INT -> "toInteger(%s)";
            case DOUBLE -> "toFloat(%s)";
            case DATE -> "date(%s)";
            case STRING -> "%s";
        };
        if (p.list()) {
            String each = String.format(Locale.ROOT, convert, "v");
            return "[v IN split(" + cell + ", '" + ARRAY_DELIMITER + "') | " + each + "]";
        }
        return String.format(Locale.ROOT, convert, cell);
    }

    private static String field(Property p, List<String> values) {
        if (values == null) {
            return "";
        }
        String joined = String.join(ARRAY_DELIMITER, values);
        return p.kind() == PropertyGraph.Kind.STRING || p.list() ? quote(joined) : joined;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }
}
