package org.govkg.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.Locale;
import org.govkg.ingest.FileNames;
import org.govkg.pipeline.BuildListener;
import org.govkg.pipeline.Problem;

/** Renders a build's events: one line per document or problem, a problem's stack trace under -v. */
final class ProgressPrinter implements BuildListener {

    private final PrintStream err;
    private final boolean verbose;

    ProgressPrinter(PrintStream err, boolean verbose) {
        this.err = requireNonNull(err, "err");
        this.verbose = verbose;
    }

    @Override
    public void skipped(Problem problem) {
        err.println(problem.line());
        if (verbose) {
            problem.cause().ifPresent(e -> e.printStackTrace(err));
        }
    }

    @Override
    public void built(DocumentBuilt d) {
        err.printf(Locale.ROOT, "[%d/%d] %s: %d sentences, %d mentions, %.1f s%n", d.done(), d.total(),
                FileNames.printable(d.id()), d.sentences(), d.mentions(), d.seconds());
    }
}
