package org.govkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.govkg.store.BuildDirectory;
import org.govkg.store.GraphStore;

/**
 * {@code govkg query -d DIR (FILE.rq | --sparql TEXT) [--format table|csv|tsv|json|xml]}: SPARQL on a
 * build, full-text {@code text:query} included. Results are printed only once the query has finished,
 * so a query that times out prints one line saying so, never part of a result.
 */
public final class QueryCommand implements Command {

    private static final List<String> FORMATS = List.of("table", "csv", "tsv", "json", "xml");

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "run a SPARQL query (a .rq file or --sparql TEXT) on a build's merged graph";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(CommandLines.dirOption());
        o.addOption(Option.builder("s").longOpt("sparql").hasArg().argName("TEXT").desc("the query text")
                .get());
        o.addOption(Option.builder("f").longOpt("format").hasArg().argName("FMT")
                .desc("result format for SELECT: table (default), csv, tsv, json, xml;"
                        + " CONSTRUCT/DESCRIBE give Turtle")
                .get());
        o.addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                .desc("longest the query may run (default 30)").get());
        return CommandLines.withHelp(o);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err, boolean verbose) throws Exception {
        CommandLine cl = CommandLines.parse(name(), "-d DIR (FILE.rq | --sparql TEXT) [--format FMT]",
                options(), args, out);
        if (cl == null) {
            return 0;
        }
        Path dir = CommandLines.buildDir(cl, name());
        String format = cl.getOptionValue("format", "table").toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw new CommandLines.UsageException("query: unknown --format '" + format + "' (known: "
                    + FORMATS + ")");
        }
        Query query = parse(cl);
        long timeout = seconds(cl.getOptionValue("timeout", "30"));
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        PrintStream buffer = new PrintStream(result, false, StandardCharsets.UTF_8);
        Optional<String> served = Optional.empty();
        GraphStore store = null;
        try {
            store = open(dir);
        } catch (IllegalStateException locked) {
            // A govkg serve holds the dataset: ask it instead.
            served = BuildDirectory.at(dir).served();
            if (served.isEmpty()) {
                throw locked;
            }
        }
        try {
            if (store == null) {
                try (QueryExecution qe = QueryExecutionHTTP.service(served.get() + "/sparql").query(query)
                        .timeout(timeout, TimeUnit.SECONDS).build()) {
                    answer(qe, query, format, buffer);
                }
            } else {
                try (GraphStore local = store) {
                    Dataset dataset = DatasetFactory.wrap(local.dataset());
                    Txn.executeRead(dataset, () -> {
                        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                                .timeout(timeout, TimeUnit.SECONDS).build()) {
                            answer(qe, query, format, buffer);
                        }
                    });
                }
            }
        } catch (QueryCancelledException e) {
            err.println("query#TIMEOUT the query ran longer than " + timeout + " s and was stopped"
                    + " (raise --timeout, or narrow the query)");
            return 1;
        }
        buffer.flush();
        result.writeTo(out);
        out.flush();
        return 0;
    }

    private static void answer(QueryExecution qe, Query query, String format, PrintStream out) {
        if (query.isSelectType()) {
            print(qe.execSelect(), format, query, out);
        } else if (query.isAskType()) {
            out.println(qe.execAsk());
        } else if (query.isConstructType() || query.isDescribeType()) {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, m, Lang.TURTLE);
        } else {
            throw new IllegalArgumentException("query: unsupported query form");
        }
    }

    private static void print(ResultSet rs, String format, Query query, PrintStream out) {
        switch (format) {
            case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
            case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
            case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
            case "xml" -> ResultSetFormatter.outputAsXML(out, rs);
            default -> table(rs, query, out);
        }
    }

    /** Jena's text table, but aligned by display width so that Chinese labels line up. */
    private static void table(ResultSet rs, Query query, PrintStream out) {
        List<String> vars = rs.getResultVars();
        TextTable table = new TextTable(vars);
        SerializationContext cxt = new SerializationContext(query.getPrefixMapping());
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            List<String> row = new ArrayList<>();
            for (String v : vars) {
                Node n = b.get(Var.alloc(v));
                row.add(n == null ? "" : FmtUtils.stringForNode(n, cxt));
            }
            table.add(row);
        }
        table.print(out);
    }

    private static Query parse(CommandLine cl) throws Exception {
        List<String> files = cl.getArgList();
        String text;
        String source;
        if (cl.hasOption("sparql")) {
            if (!files.isEmpty()) {
                throw new CommandLines.UsageException("query: give a FILE.rq or --sparql, not both");
            }
            text = cl.getOptionValue("sparql");
            source = "--sparql";
        } else if (files.size() == 1) {
            Path file = Path.of(files.get(0));
            if (!Files.isRegularFile(file)) {
                throw new CommandLines.UsageException("query: no such query file " + file);
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
            source = file.toString();
        } else {
            throw new CommandLines.UsageException(
                    "query: give one FILE.rq or --sparql TEXT (see govkg query --help)");
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new CommandLines.UsageException("query#SYNTAX " + source + ": " + e.getMessage());
        }
    }

    private static long seconds(String v) throws CommandLines.UsageException {
        try {
            long s = Long.parseLong(v.trim());
            if (s < 1) {
                throw new NumberFormatException();
            }
            return s;
        } catch (NumberFormatException e) {
            throw new CommandLines.UsageException(
                    "query: --timeout needs a positive number of seconds, not '" + v + "'");
        }
    }

    private static GraphStore open(Path dir) throws CommandLines.UsageException {
        try {
            return GraphStore.openExisting(dir);
        } catch (IllegalArgumentException e) {
            throw new CommandLines.UsageException("query: " + e.getMessage());
        }
    }
}
