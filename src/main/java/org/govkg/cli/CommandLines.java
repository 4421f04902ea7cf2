package org.govkg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** Commons CLI parsing shared by the commands: {@code --help}, {@code -d DIR}, usage errors. */
final class CommandLines {

    private CommandLines() {
    }

    /** Thrown for a usage error; Main prints the message and exits 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static Options withHelp(Options options) {
        options.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return options;
    }

    static Option dirOption() {
        return Option.builder("d").longOpt("dir").hasArg().argName("DIR").required()
                .desc("the directory a build wrote").get();
    }

    /** Parses {@code args}; returns null after printing help when {@code --help} was given. */
    static CommandLine parse(String command, String usage, Options options, String[] args, PrintStream out)
            throws UsageException {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help")) {
                HelpFormatter f = HelpFormatter.builder().get();
                PrintWriter w = new PrintWriter(out, true);
                f.printHelp(w, 100, "govkg " + command + " " + usage, "", options, 2, 2, "", false);
                w.flush();
                return null;
            }
        }
        try {
            return DefaultParser.builder().get().parse(options, args);
        } catch (ParseException e) {
            throw new UsageException(command + ": " + e.getMessage() + " (see govkg " + command + " --help)");
        }
    }

    /** The build directory given with -d, which must exist. */
    static Path buildDir(CommandLine cl, String command) throws UsageException {
        Path dir = Path.of(cl.getOptionValue("d"));
        if (!Files.isDirectory(dir)) {
            throw new UsageException(command + ": " + dir + " is not a directory (run govkg build first)");
        }
        return dir;
    }
}
