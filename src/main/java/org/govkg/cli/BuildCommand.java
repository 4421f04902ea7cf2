package org.govkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.govkg.extract.EntityType;
import org.govkg.pipeline.Build;
import org.govkg.pipeline.BuildConfig;
import org.govkg.pipeline.BuildReport;
import org.govkg.pipeline.GraphSink;
import org.govkg.pipeline.Pipeline;

/** {@code govkg build INPUT... -o DIR}: reports in, knowledge graph out. */
public final class BuildCommand implements Command {

    @Override
    public String name() {
        return "build";
    }

    @Override
    public String summary() {
        return "build reports (files or directories of .txt/.html) into a knowledge graph";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").required()
                .desc("output directory (dumps, tdb2/, fuseki-config.ttl)").get());
        o.addOption(Option.builder("f").longOpt("format").hasArgs().valueSeparator(',').argName("FMT")
                .desc("extra dump formats: " + String.join(", ", BuildConfig.EXTRA_FORMATS)
                        + " (comma-separated or repeated; graphml, gexf and neo4j are property graphs)")
                .get());
        o.addOption(Option.builder().longOpt("base").hasArg().argName("IRI")
                .desc("base IRI for data (default " + BuildConfig.DEFAULT_BASE + ")").get());
        o.addOption(Option.builder("t").longOpt("threads").hasArg().argName("N")
                .desc("worker threads (default: number of cores)").get());
        return CommandLines.withHelp(o);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err, boolean verbose) throws Exception {
        CommandLine cl = CommandLines.parse(name(), "INPUT... -o DIR", options(), args, out);
        if (cl == null) {
            return 0;
        }
        if (cl.getArgList().isEmpty()) {
            throw new CommandLines.UsageException("build: no INPUT given (see govkg build --help)");
        }
        Set<String> formats = new LinkedHashSet<>();
        if (cl.hasOption("format")) {
            Arrays.stream(cl.getOptionValues("format")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                    .filter(s -> !s.isEmpty() && !s.equals("ttl") && !s.equals("trig")).forEach(formats::add);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        if (cl.hasOption("threads")) {
            try {
                threads = Integer.parseInt(cl.getOptionValue("threads"));
            } catch (NumberFormatException e) {
                throw new CommandLines.UsageException("build: --threads needs a number, not '"
                        + cl.getOptionValue("threads") + "'");
            }
        }
        BuildConfig config;
        try {
            config = new BuildConfig(cl.getArgList().stream().map(Path::of).toList(),
                    Path.of(cl.getOptionValue("o")), formats,
                    cl.getOptionValue("base", BuildConfig.DEFAULT_BASE), threads);
        } catch (IllegalArgumentException e) {
            throw new CommandLines.UsageException("build: " + e.getMessage());
        }
        BuildReport report;
        try (GraphSink graph = GraphSink.of(config)) {
            report = new Build(config, Pipeline.standard(), new ProgressPrinter(err, verbose)).run(graph)
                    .withTriples(graph.triples());
        }
        printSummary(report, err);
        return report.problems().isEmpty() ? 0 : 1;
    }

    private static void printSummary(BuildReport r, PrintStream err) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "built %d documents, %d sentences", r.documents(),
                r.sentences()));
        for (EntityType t : EntityType.values()) {
            sb.append(", ").append(r.entities().getOrDefault(t.label(), 0)).append(' ').append(t.label());
        }
        if (r.triples() >= 0) {
            sb.append(", ").append(r.triples()).append(" triples");
        }
        sb.append(String.format(Locale.ROOT, ", %d skipped, %.1f s", r.problems().size(), r.seconds()));
        err.println(sb);
    }
}
