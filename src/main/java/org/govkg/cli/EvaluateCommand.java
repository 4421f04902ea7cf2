package org.govkg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.govkg.evaluate.GoldFile;
import org.govkg.evaluate.GoldSet;
import org.govkg.evaluate.Scorer;
import org.govkg.export.EntityRow;
import org.govkg.export.EntityTable;
import org.govkg.store.BuildDirectory;

/**
 * {@code govkg evaluate -d DIR --gold GOLD_DIR... [--by-doc] [--errors]}: P/R/F1 per type as GUIDELINES.md
 * defines, one table per gold set.
 */
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
        o.addOption(Option.builder("g").longOpt("gold").hasArgs().argName("GOLD_DIR").required()
                .desc("gold set: a directory of *.json files, one with a gold/ subdirectory, or a directory "
                        + "of such sets (repeatable)").get());
        o.addOption(Option.builder().longOpt("by-doc").desc("also a table of F1 per document and type")
                .get());
        o.addOption(Option.builder("e").longOpt("errors").desc("list misses and false positives").get());
        return CommandLines.withHelp(o);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err, boolean verbose) throws Exception {
        CommandLine cl = CommandLines.parse(name(), "-d DIR --gold GOLD_DIR... [--by-doc] [--errors]",
                options(), args, out);
        if (cl == null) {
            return 0;
        }
        Path dir = CommandLines.buildDir(cl, name());
        List<GoldSet> sets = new ArrayList<>();
        for (String g : cl.getOptionValues("gold")) {
            Path goldDir = Path.of(g);
            if (!Files.isDirectory(goldDir)) {
                throw new CommandLines.UsageException("evaluate: " + goldDir + " is not a directory");
            }
            sets.addAll(GoldSet.find(goldDir));
        }
        List<EntityRow> rows = EntityTable.readFile(BuildDirectory.at(dir).requireCurrent()
                .resolve(EntityTable.FILE));
        for (GoldSet set : sets) {
            Scorer.Result result = Scorer.score(set.files(), rows);
            out.printf(Locale.ROOT, "== %s: %d documents%n", set.name(), set.files().size());
            print(result, out);
            if (cl.hasOption("by-doc")) {
                printByDoc(set, rows, out);
            }
            if (cl.hasOption("errors")) {
                for (Scorer.Error e : result.errors()) {
                    out.println(String.join("\t", e.kind(), e.doc(), e.type(), e.label(), e.detail()));
                }
            }
        }
        return 0;
    }

    static void print(Scorer.Result result, PrintStream out) {
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

    /** F1 per document and type; {@code -} where the document has neither gold nor system entities. */
    private static void printByDoc(GoldSet set, List<EntityRow> rows, PrintStream out) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-32s", "document"));
        Scorer.TYPES.forEach(t -> head.append(String.format(Locale.ROOT, " %12s", t)));
        out.println(head.append(String.format(Locale.ROOT, " %9s", "codes")));
        for (GoldFile g : set.files()) {
            Scorer.Result r = Scorer.score(List.of(g), rows);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-32s", g.doc()));
            for (Scorer.Counts c : r.byType().values()) {
                boolean none = c.goldRequired() == 0 && c.systemMatched() + c.falsePositives() == 0;
                line.append(none ? String.format(Locale.ROOT, " %12s", "-")
                        : String.format(Locale.ROOT, " %12.3f", c.f1()));
            }
            line.append(String.format(Locale.ROOT, " %9s", r.codesChecked() == 0 ? "-"
                    : r.codesCorrect() + "/" + r.codesChecked()));
            out.println(line);
        }
    }
}
