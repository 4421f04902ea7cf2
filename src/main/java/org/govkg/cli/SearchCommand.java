package org.govkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.govkg.extract.EntityType;
import org.govkg.script.ChineseScript;
import org.govkg.store.GraphStore;

/**
 * {@code govkg search -d DIR TEXT [--type TYPE] [--limit N]}: entities whose labels, aliases or
 * definitions match TEXT in the build's full-text index, best first, with type, label, IRI and the
 * reports that mention them. TEXT is converted to simplified characters (the graph's labels are
 * simplified); each whitespace-separated part must occur as a phrase (its words adjacent, in order).
 * Runs {@code sparql/search.rq}.
 */
public final class SearchCommand implements Command {

    private static final String QUERY_RESOURCE = "/sparql/search.rq";
    private static final int DEFAULT_LIMIT = 20;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "full-text search (Chinese) of a build's labels, aliases and definitions";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(CommandLines.dirOption());
        o.addOption(Option.builder("t").longOpt("type").hasArg().argName("TYPE")
                .desc("only entities of this type: " + types()).get());
        o.addOption(Option.builder("n").longOpt("limit").hasArg().argName("N")
                .desc("at most N matches (default " + DEFAULT_LIMIT + ")").get());
        return CommandLines.withHelp(o);
    }

    private static String types() {
        return Arrays.stream(EntityType.values()).map(EntityType::label).collect(Collectors.joining(", "));
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err, boolean verbose) throws Exception {
        CommandLine cl = CommandLines.parse(name(), "-d DIR TEXT [--type TYPE] [--limit N]", options(), args,
                out);
        if (cl == null) {
            return 0;
        }
        Path dir = CommandLines.buildDir(cl, name());
        String text = String.join(" ", cl.getArgList()).strip();
        if (text.isEmpty()) {
            throw new CommandLines.UsageException("search: give the TEXT to search for");
        }
        String type = type(cl.getOptionValue("type"));
        int limit = limit(cl.getOptionValue("limit"));
        String simplified = ChineseScript.toSimplified(text);
        List<List<String>> rows = new ArrayList<>();
        try (GraphStore store = open(dir)) {
            Dataset dataset = DatasetFactory.wrap(store.dataset());
            Query query = QueryFactory.create(queryText());
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                        .substitution("text", ResourceFactory.createStringLiteral(luceneQuery(simplified)))
                        .timeout(30, TimeUnit.SECONDS).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext() && rows.size() < limit) {
                        QuerySolution s = rs.next();
                        String t = s.getLiteral("type").getLexicalForm();
                        if (type == null || type.equals(t)) {
                            rows.add(List.of(Integer.toString(rows.size() + 1),
                                    String.format(Locale.ROOT, "%.2f", s.getLiteral("score").getDouble()), t,
                                    s.getLiteral("label").getLexicalForm(), s.getResource("entity").getURI(),
                                    s.contains("reports") ? s.getLiteral("reports").getLexicalForm() : ""));
                        }
                    }
                }
            });
        }
        String shown = simplified.equals(text) ? text : text + " (" + simplified + ")";
        if (rows.isEmpty()) {
            out.println("no " + (type == null ? "entity" : type) + " matches " + shown);
            return 0;
        }
        TextTable table = new TextTable(List.of("#", "score", "type", "label", "iri", "reports"));
        rows.forEach(table::add);
        table.print(out);
        out.println(rows.size() + (rows.size() == limit ? " best" : "")
                + (rows.size() == 1 ? " match" : " matches") + " for " + shown);
        return 0;
    }

    /** Each whitespace-separated part a quoted phrase, all required; Lucene's syntax characters escaped. */
    static String luceneQuery(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .map(p -> "\"" + p.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(" AND "));
    }

    private static String queryText() throws IOException {
        try (InputStream in = SearchCommand.class.getResourceAsStream(QUERY_RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + QUERY_RESOURCE + " missing from the govkg jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String type(String v) throws CommandLines.UsageException {
        if (v == null) {
            return null;
        }
        for (EntityType t : EntityType.values()) {
            if (t.label().equalsIgnoreCase(v.strip())) {
                return t.label();
            }
        }
        throw new CommandLines.UsageException("search: unknown --type '" + v + "' (known: " + types() + ")");
    }

    private static int limit(String v) throws CommandLines.UsageException {
        if (v == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CommandLines.UsageException("search: --limit needs a positive number, not '" + v + "'");
        }
    }

    private static GraphStore open(Path dir) throws CommandLines.UsageException {
        try {
            return GraphStore.openExisting(dir);
        } catch (IllegalArgumentException e) {
            throw new CommandLines.UsageException("search: " + e.getMessage());
        }
    }
}
