package org.govkg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.govkg.export.EntityTable;
import org.govkg.store.BuildDirectory;

/** {@code govkg entities -d DIR -o FILE.tsv}: one row per (document, entity it mentions). */
public final class EntitiesCommand implements Command {

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public String summary() {
        return "write the entities table (doc, type, iri, label, aliases, code) as TSV";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(CommandLines.dirOption());
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("FILE.tsv").required()
                .desc("where to write the table (- for standard output)").get());
        return CommandLines.withHelp(o);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err, boolean verbose) throws Exception {
        CommandLine cl = CommandLines.parse(name(), "-d DIR -o FILE.tsv", options(), args, out);
        if (cl == null) {
            return 0;
        }
        Path dir = CommandLines.buildDir(cl, name());
        Path table = BuildDirectory.at(dir).requireCurrent().resolve(EntityTable.FILE);
        String target = cl.getOptionValue("o");
        if (target.equals("-")) {
            Files.copy(table, out);
        } else {
            Files.copy(table, Path.of(target), StandardCopyOption.REPLACE_EXISTING);
        }
        return 0;
    }
}
