package org.govkg.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.govkg.ingest.IngestException;
import org.govkg.ingest.Ingestor;
import org.govkg.ingest.InputScanner;
import org.govkg.resolve.Entity;
import org.govkg.resolve.ResolvedDocument;

/**
 * The build operation: inputs → documents processed in parallel → sink, in input order.
 * <p>At most a few documents are in flight at once, so a large corpus is streamed, never held whole.
 * A document that fails is skipped with a {@link Problem}; the others still build. Progress and problems
 * go to a {@link BuildListener}; the build prints nothing itself.
 */
public final class Build {

    private final BuildConfig config;
    private final DocumentProcessor processor;
    private final BuildListener listener;

    public Build(BuildConfig config, DocumentProcessor processor, BuildListener listener) {
        this.config = requireNonNull(config, "config");
        this.processor = requireNonNull(processor, "processor");
        this.listener = requireNonNull(listener, "listener");
    }

    /** Runs the build into {@code sink}, committing it at the end. */
    public BuildReport run(DocumentSink sink) throws IOException {
        long t0 = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        InputScanner.Result scan = InputScanner.scan(config.inputs());
        for (InputScanner.Problem p : scan.problems()) {
            Problem problem = new Problem("INPUT", p.path(), p.reason());
            problems.add(problem);
            listener.skipped(problem);
        }
        List<Path> files = scan.files();
        Ingestor ingestor = new Ingestor(config.maxSize());
        Set<String> seenIds = new HashSet<>();
        TreeMap<String, Set<String>> entities = new TreeMap<>();
        long sentences = 0;
        int built = 0;
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "govkg-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            while (done < files.size()) {
                while (next < files.size() && inFlight.size() < 2 * config.threads()) {
                    Path file = files.get(next++);
                    inFlight.add(pool.submit(() -> processOne(ingestor, file)));
                }
                Outcome o = await(inFlight.poll());
                done++;
                if (o.problem() != null) {
                    problems.add(o.problem());
                    listener.skipped(o.problem());
                    continue;
                }
                ResolvedDocument doc = o.doc();
                if (!seenIds.add(doc.id())) {
                    Problem p = new Problem("DUPLICATE", doc.doc().source().path(),
                            "another input has the same file name " + doc.id());
                    problems.add(p);
                    listener.skipped(p);
                    continue;
                }
                sink.accept(doc);
                built++;
                sentences += doc.doc().structure().sentences().size();
                Set<String> named = new HashSet<>();
                doc.mentions().forEach(m -> named.add(m.entityKey()));
                for (Entity e : doc.entities()) {
                    if (named.contains(e.key())) {
                        entities.computeIfAbsent(e.type().label(), k -> new HashSet<>()).add(e.key());
                    }
                }
                listener.built(new BuildListener.DocumentBuilt(done, files.size(), doc.id(),
                        doc.doc().structure().sentences().size(), doc.mentions().size(), o.seconds()));
            }
            sink.commit();
        } finally {
            pool.shutdownNow();
        }
        TreeMap<String, Integer> counts = new TreeMap<>();
        entities.forEach((k, v) -> counts.put(k, v.size()));
        return new BuildReport(built, sentences, counts, -1, problems, (System.nanoTime() - t0) / 1e9);
    }

    private record Outcome(ResolvedDocument doc, Problem problem, double seconds) {
    }

    private Outcome processOne(Ingestor ingestor, Path file) {
        long t0 = System.nanoTime();
        try {
            ResolvedDocument doc = processor.process(ingestor.read(file));
            return new Outcome(doc, null, (System.nanoTime() - t0) / 1e9);
        } catch (IngestException e) {
            return new Outcome(null, new Problem(e.id(), file, e.reason()), 0);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, Problem.failed(file, e), 0);
        }
    }

    private static Outcome await(Future<Outcome> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("worker failed: " + e.getCause(), e.getCause());
        }
    }
}
