package org.govkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.govkg.export.DumpFormat;
import org.govkg.export.PropertyGraph;
import org.govkg.export.PropertyGraphExport;
import org.govkg.store.GraphStore;

/**
 * {@code govkg export -d DIR --to graphml|gexf|neo4j [-o FILE_OR_DIR]}: the property graph of an
 * existing build, for graph tools.
 */
public final class ExportCommand implements Command {

    private static final List<DumpFormat> FORMATS = Arrays.stream(DumpFormat.values())
            .filter(DumpFormat::propertyGraph).toList();

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write a build's entity-level property graph for Gephi, networkx or Neo4j";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(CommandLines.dirOption());
        o.addOption(Option.builder("t").longOpt("to").hasArg().argName("FMT").required()
                .desc(ids() + " (graphml and gexf are files; neo4j a directory of neo4j-admin import CSV"
                        + " files and load.cypher)").get());
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("PATH")
                .desc("where to write (default DIR/govkg.graphml, DIR/govkg.gexf or DIR/neo4j)").get());
        return CommandLines.withHelp(o);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err, boolean verbose) throws Exception {
        CommandLine cl = CommandLines.parse(name(), "-d DIR --to FMT [-o PATH]", options(), args, out);
        if (cl == null) {
            return 0;
        }
        Path dir = CommandLines.buildDir(cl, name());
        String to = cl.getOptionValue("to").trim().toLowerCase(Locale.ROOT);
        DumpFormat format = FORMATS.stream().filter(f -> f.id().equals(to)).findFirst()
                .orElseThrow(() -> new CommandLines.UsageException("export: unknown --to '" + to
                        + "' (known: " + ids() + ")"));
        Path target = cl.hasOption("out") ? Path.of(cl.getOptionValue("out"))
                : dir.resolve(format.fileName());
        long started = System.nanoTime();
        PropertyGraph graph;
        try (GraphStore store = open(dir)) {
            graph = PropertyGraphExport.write(store.dataset(), format, target);
        }
        err.printf(Locale.ROOT, "exported %d nodes and %d edges to %s in %.1f s%n", graph.nodes().size(),
                graph.edges().size(), target, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static String ids() {
        return FORMATS.stream().map(DumpFormat::id).collect(Collectors.joining(", "));
    }

    private static GraphStore open(Path dir) throws CommandLines.UsageException {
        try {
            return GraphStore.openExisting(dir);
        } catch (IllegalArgumentException e) {
            throw new CommandLines.UsageException("export: " + e.getMessage());
        }
    }
}
