package org.govkg.cli;

import java.io.PrintStream;

/** One subcommand of {@code govkg}. Implementations parse their own options with Commons CLI. */
public interface Command {

    /** The word that selects it, e.g. {@code build}. */
    String name();

    /** One line for {@code govkg help}. */
    String summary();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command word
     * @param out  where results go
     * @param err  where progress, warnings and errors go
     * @param verbose {@code -v} was given: stack traces and details, not just one line per problem
     * @return the process exit code
     * @throws Exception on failure; Main prints it as one line (with a stack trace under -v)
     */
    int run(String[] args, PrintStream out, PrintStream err, boolean verbose) throws Exception;
}
