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
        o.addOption(Option.builder().longOpt("add")
                .desc("keep the documents of the previous build that this one does not read (default: the "
                        + "output holds exactly this build's inputs)").get());
        o.addOption(Option.builder().longOpt("summary").hasArg().argName("FORMAT")
                .desc("also print the build's summary to stdout as json").get());
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
                    cl.getOptionValue("base", BuildConfig.DEFAULT_BASE), threads, cl.hasOption("add"));
        } catch (IllegalArgumentException e) {
            throw new CommandLines.UsageException("build: " + e.getMessage());
        }
        String summary = cl.getOptionValue("summary");
        if (summary != null && !summary.equals("json")) {
            throw new CommandLines.UsageException("build: --summary takes json, not '" + summary + "'");
        }
        BuildReport report;
        try (GraphSink graph = GraphSink.of(config)) {
            report = new Build(config, Pipeline::standard, new ProgressPrinter(err, verbose)).run(graph);
        }
        printSummary(report, config, err);
        if (summary != null) {
            out.println(BuildSummary.json(report, config));
        }
        if (!report.published()) {
            return EXIT_NOTHING_BUILT;
        }
        return report.problems().isEmpty() ? 0 : 1;
    }

    /** Exit code when no document could be built: nothing was published, the output is as it was. */
    static final int EXIT_NOTHING_BUILT = 3;

    private static void printSummary(BuildReport r, BuildConfig config, PrintStream err) {
        if (!r.published()) {
            err.println(String.format(Locale.ROOT,
                    "built nothing: no document could be read (%d skipped); %s "
                    + "left as it was, %.1f s", r.problems().size(), config.out(), r.seconds()));
            return;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "built %d documents", r.documents()));
        if (r.reused() > 0) {
            sb.append(String.format(Locale.ROOT, " (%d unchanged)", r.reused()));
        }
        if (r.kept() > 0) {
            sb.append(String.format(Locale.ROOT, ", kept %d", r.kept()));
        }
        sb.append(String.format(Locale.ROOT, ", %d sentences", r.sentences()));
        for (EntityType t : EntityType.values()) {
            sb.append(", ").append(r.entities().getOrDefault(t.label(), 0L)).append(' ').append(t.label());
        }
        sb.append(", ").append(r.triples()).append(" triples");
        sb.append(String.format(Locale.ROOT, ", %d skipped, %.1f s", r.problems().size(), r.seconds()));
        err.println(sb);
    }
}
