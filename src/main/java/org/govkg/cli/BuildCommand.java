package org.govkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.govkg.extract.EntityType;
import org.govkg.ingest.Ingestor;
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
        return "build reports (.txt, .html, .pdf, .docx, .doc, …; files or folders) into a knowledge graph";
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
        o.addOption(Option.builder().longOpt("gzip")
                .desc("write the RDF dumps gzip-compressed (govkg.ttl.gz, govkg.trig.gz, ...)").get());
        o.addOption(Option.builder().longOpt("add")
                .desc("keep the documents of the previous build that this one does not read (default: the "
                        + "output holds exactly this build's inputs)").get());
        o.addOption(Option.builder().longOpt("summary").hasArg().argName("FORMAT")
                .desc("also print the build's summary to stdout as json").get());
        o.addOption(Option.builder("t").longOpt("threads").hasArg().argName("N")
                .desc("worker threads (default: number of cores)").get());
        o.addOption(Option.builder().longOpt("max-size").hasArg().argName("SIZE")
                .desc("skip input files larger than this: bytes or with k, M, G (default "
                        + Ingestor.sizeText(Ingestor.DEFAULT_MAX_SIZE).replace(" ", "") + ")").get());
        o.addOption(Option.builder().longOpt("doc-timeout").hasArg().argName("TIME")
                .desc("skip a document whose processing takes longer: seconds or with s, m, h; 0 for no limit"
                        + " (default " + BuildConfig.DEFAULT_DOC_TIMEOUT.toMinutes() + "m)").get());
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
        long maxSize = cl.hasOption("max-size") ? size(cl.getOptionValue("max-size"))
                : Ingestor.DEFAULT_MAX_SIZE;
        Duration timeout = cl.hasOption("doc-timeout") ? duration(cl.getOptionValue("doc-timeout"))
                : BuildConfig.DEFAULT_DOC_TIMEOUT;
        BuildConfig config;
        try {
            config = new BuildConfig(cl.getArgList().stream().map(Path::of).toList(),
                    Path.of(cl.getOptionValue("o")), formats,
                    cl.getOptionValue("base", BuildConfig.DEFAULT_BASE), threads, cl.hasOption("add"),
                    maxSize, timeout, cl.hasOption("gzip"));
        } catch (IllegalArgumentException e) {
            throw new CommandLines.UsageException("build: " + e.getMessage());
        }
        String summary = cl.getOptionValue("summary");
        if (summary != null && !summary.equals("json")) {
            throw new CommandLines.UsageException("build: --summary takes json, not '" + summary + "'");
        }
        OutputDirectory.prepare(config.out());
        BuildReport report;
        try (GraphSink graph = GraphSink.of(config)) {
            report = new Build(config, () -> Pipeline.standard().withTimeLimit(config.docTimeout()),
                    new ProgressPrinter(err, verbose)).run(graph);
        } catch (IOException | RuntimeException | InternalError e) {
            String reason = OutputDirectory.writeFailure(e, config.out());
            if (reason == null) {
                throw e;
            }
            throw new IOException(reason, e);
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

    /** {@code 20MB}, {@code 500k}, {@code 1g} or a number of bytes. */
    static long size(String s) throws CommandLines.UsageException {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(?:i?b)?", Pattern.CASE_INSENSITIVE)
                .matcher(s.strip());
        if (!m.matches()) {
            throw new CommandLines.UsageException("build: --max-size needs a size such as 20MB, 500k"
                    + " or 1048576, not '" + s + "'");
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        int power = unit.isEmpty() ? 0 : "kmgt".indexOf(unit.charAt(0)) + 1;
        double bytes = Double.parseDouble(m.group(1)) * Math.pow(1024, power);
        if (bytes < 1 || bytes > Long.MAX_VALUE / 2) {
            throw new CommandLines.UsageException("build: --max-size " + s + " is out of range");
        }
        return (long) bytes;
    }

    /** {@code 90}, {@code 90s}, {@code 10m}, {@code 1h}, {@code 0} (no limit). */
    static Duration duration(String s) throws CommandLines.UsageException {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([smh]?)", Pattern.CASE_INSENSITIVE)
                .matcher(s.strip());
        if (!m.matches()) {
            throw new CommandLines.UsageException("build: --doc-timeout needs a time such as 90s, 10m or 0,"
                    + " not '" + s + "'");
        }
        double seconds = Double.parseDouble(m.group(1))
                * switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "m" -> 60;
                    case "h" -> 3600;
                    default -> 1;
                };
        return Duration.ofMillis(Math.round(seconds * 1000));
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
