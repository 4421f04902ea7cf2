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
    private long start;
    private long chars;

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
        long now = System.nanoTime();
        if (start == 0) {
            start = now - (long) (d.seconds() * 1e9);
        }
        chars += d.chars();
        double elapsed = Math.max(1e-3, (now - start) / 1e9);
        String id = FileNames.printable(d.id());
        if (d.reused()) {
            err.printf(Locale.ROOT, "[%d/%d] %s: unchanged, %d sentences, %d mentions%s%n", d.done(),
                    d.total(),
                    id, d.sentences(), d.mentions(), rate(d, elapsed));
        } else {
            err.printf(Locale.ROOT, "[%d/%d] %s: %d sentences, %d mentions, %.1f s%s%n", d.done(), d.total(),
                    id, d.sentences(), d.mentions(), d.seconds(), rate(d, elapsed));
        }
    }

    @Override
    public void publishing(String step) {
        err.println("[publish] " + step);
    }

    /** Throughput so far and the time left, once there is enough to say. */
    private String rate(DocumentBuilt d, double elapsed) {
        if (d.done() < 2 || d.done() == d.total()) {
            return "";
        }
        double docsPerSecond = d.done() / elapsed;
        long left = Math.round((d.total() - d.done()) / docsPerSecond);
        return String.format(Locale.ROOT, " · %.1f docs/s, %.0f chars/s, ETA %d:%02d", docsPerSecond,
                chars / elapsed, left / 60, left % 60);
    }
}
