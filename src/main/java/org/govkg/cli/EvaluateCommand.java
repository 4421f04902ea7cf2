package org.govkg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.govkg.export.EntityRow;
import org.govkg.evaluate.GoldFile;
import org.govkg.evaluate.Scorer;

/** {@code govkg evaluate -d DIR --gold GOLD_DIR [--errors]}: P/R/F1 per type as GUIDELINES.md defines. */
public final class EvaluateCommand implements Command {

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "score a build's entities against gold files (P/R/F1 per type, place-code accuracy)";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(CommandLines.dirOption());
        o.addOption(Option.builder("g").longOpt("gold").hasArg().argName("GOLD_DIR").required()
                .desc("directory of gold *.json files").get());
        o.addOption(Option.builder("e").longOpt("errors").desc("list misses and false positives").get());
        return CommandLines.withHelp(o);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err, boolean verbose) throws Exception {
        CommandLine cl = CommandLines.parse(name(), "-d DIR --gold GOLD_DIR [--errors]", options(), args,
                out);
        if (cl == null) {
            return 0;
        }
        Path dir = CommandLines.buildDir(cl, name());
        Path goldDir = Path.of(cl.getOptionValue("gold"));
        if (!Files.isDirectory(goldDir)) {
            throw new CommandLines.UsageException("evaluate: " + goldDir + " is not a directory");
        }
        List<EntityRow> rows = BuildDirectory.entities(dir);
        List<GoldFile> gold = new ArrayList<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                gold.add(GoldFile.read(p));
            }
        }
        if (gold.isEmpty()) {
            err.println("evaluate: no gold file (*.json) in " + goldDir);
            return 1;
        }
        Scorer.Result result = Scorer.score(gold, rows);
        print(result, gold.size(), out);
        if (cl.hasOption("errors")) {
            for (Scorer.Error e : result.errors()) {
                out.println(String.join("\t", e.kind(), e.doc(), e.type(), e.label(), e.detail()));
            }
        }
        return 0;
    }

    static void print(Scorer.Result result, int documents, PrintStream out) {
        out.printf(Locale.ROOT, "%d documents%n", documents);
        out.printf(Locale.ROOT, "%-13s %6s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "hit", "tp", "fp",
                "P", "R", "F1");
        for (var e : result.byType().entrySet()) {
            Scorer.Counts c = e.getValue();
            out.printf(Locale.ROOT, "%-13s %6d %6d %6d %6d %7.3f %7.3f %7.3f%n", e.getKey(), c.goldRequired(),
                    c.recalled(), c.systemMatched(), c.falsePositives(), c.precision(), c.recall(), c.f1());
        }
        out.printf(Locale.ROOT, "place-code accuracy %d/%d = %.3f%n", result.codesCorrect(),
                result.codesChecked(), result.codeAccuracy());
        out.printf(Locale.ROOT, "definitions equal %d/%d = %.3f%n", result.definitionsEqual(),
                result.definitionsChecked(), result.definitionAgreement());
    }
}
