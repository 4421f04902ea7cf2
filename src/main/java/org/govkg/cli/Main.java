package org.govkg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.sys.JenaSystem;
import org.govkg.rdf.GovkgVersion;

/**
 * {@code govkg <command> [options]}: the only place that chooses what the user sees and the exit code.
 * Exit codes: 0 success, 1 the command ran but something failed or was skipped (a build published the
 * documents it could read), 2 usage error, 3 a build could read no document and published nothing.
 */
public final class Main {

    private Main() {
    }

    static List<Command> commands() {
        return List.of(new BuildCommand(), new EntitiesCommand(), new EvaluateCommand(), new ServeCommand(),
                new QueryCommand(), new SearchCommand(), new ValidateCommand(), new RemoveCommand(),
                new ExportCommand(), new TextCommand());
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs a command line; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean verbose = rest.remove("-v") | rest.remove("--verbose");
        configureLogging(verbose);
        if (rest.isEmpty() || List.of("help", "-h", "--help").contains(rest.get(0))) {
            if (rest.size() > 1) {
                return run(new String[] {rest.get(1), "--help"}, out, err);
            }
            usage(out);
            return rest.isEmpty() ? 2 : 0;
        }
        if (rest.get(0).equals("--version") || rest.get(0).equals("version")) {
            out.println("govkg " + GovkgVersion.current());
            return 0;
        }
        String name = rest.remove(0);
        Command command = commands().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (command == null) {
            err.println("govkg: unknown command '" + name + "' (see govkg help)");
            return 2;
        }
        JenaSystem.init();
        try {
            return command.run(rest.toArray(String[]::new), out, err, verbose);
        } catch (CommandLines.UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (Exception | OutOfMemoryError e) {
            err.println(name + "#ERROR " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    private static void usage(PrintStream out) {
        out.println("usage: govkg <command> [options]   "
                + "(govkg <command> --help for its options; -v for details; --version)");
        out.println();
        for (Command c : commands()) {
            out.printf(Locale.ROOT, "  %-10s %s%n", c.name(), c.summary());
        }
    }

    private static void configureLogging(boolean verbose) {
        // slf4j-simple reads these once, at its first use: set them before any logger exists.
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.govkg.serve", verbose ? "debug" : "info");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", verbose ? "debug" : "info");
        // PDFBox warns of every font it substitutes: how PDFs with fonts not embedded are read, not a fault
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", verbose ? "debug" : "error");
    }
}
