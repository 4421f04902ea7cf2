package org.govkg.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.govkg.ingest.IngestException;
import org.govkg.ingest.Ingestor;
import org.govkg.ingest.InputScanner;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.store.Manifest;
import org.govkg.store.StoredDocument;

/**
 * The build operation: inputs → documents processed in parallel → the sink, then one commit.
 * <p>Each document is stored in the sink as soon as it is finished, so a build that is killed keeps what
 * it did; a document whose content, identity and pipeline are those of a stored one is not processed
 * again (a rebuild after a change, or a resumed build, costs only the changed documents). At most a few
 * documents are in flight at once, so a large corpus is streamed, never held whole. A document that fails
 * is skipped with a {@link Problem}; the others still build. The commit publishes exactly the documents
 * of this build (plus, with {@link BuildConfig#add()}, those of the previous build it did not read); when
 * no document could be built, nothing is published and the output stays as it was. Progress and problems
 * go to a {@link BuildListener}; the build prints nothing itself.
 */
public final class Build {

    private final BuildConfig config;
    private final Supplier<DocumentProcessor> processors;
    private DocumentProcessor processor;
    private final BuildListener listener;

    /**
     * @param processor made when the first document needs processing: a build whose documents are all
     *                  unchanged never loads the NLP models and the gazetteer
     */
    public Build(BuildConfig config, Supplier<DocumentProcessor> processor, BuildListener listener) {
        this.config = requireNonNull(config, "config");
        this.processors = requireNonNull(processor, "processor");
        this.listener = requireNonNull(listener, "listener");
    }

    /** Runs the build into {@code sink}, committing it at the end. */
    public BuildReport run(DocumentSink sink) throws IOException {
        long t0 = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        InputScanner.Result scan = InputScanner.scan(config.inputs());
        for (InputScanner.Problem p : scan.problems()) {
            skip(problems, new Problem("INPUT", p.path(), p.reason()));
        }
        List<InputScanner.Input> inputs = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (InputScanner.Input in : scan.inputs()) {
            Path other = ids.putIfAbsent(in.id(), in.path());
            if (other != null) {
                skip(problems, new Problem("DUPLICATE", in.path(), "same identity " + in.id() + " as " + other
                        + " (a document's identity is its path below the input given; give their common "
                        + "parent directory instead)"));
            } else {
                inputs.add(in);
            }
        }
        Ingestor ingestor = new Ingestor(config.maxSize());
        Map<String, Manifest.Document> documents = new LinkedHashMap<>();
        long sentences = 0;
        long chars = 0;
        int reused = 0;
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "govkg-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            while (done < inputs.size()) {
                while (next < inputs.size() && inFlight.size() < 2 * config.threads()) {
                    InputScanner.Input in = inputs.get(next++);
                    inFlight.add(pool.submit(() -> processOne(ingestor, sink, in)));
                }
                Outcome o = await(inFlight.poll());
                done++;
                if (o.problem() != null) {
                    skip(problems, o.problem());
                    continue;
                }
                StoredDocument s = o.stored();
                String path = o.input().path().toString();
                documents.put(o.input().id(), new Manifest.Document(o.input().id(), path, o.sha256(),
                        sink.pipeline(), o.key(), s.graph(), s.quads()));
                sentences += s.sentences();
                chars += o.chars();
                if (o.reused()) {
                    reused++;
                }
                listener.built(new BuildListener.DocumentBuilt(done, inputs.size(), o.input().id(),
                        s.sentences(),
                        s.mentions(), o.seconds(), o.chars(), o.reused()));
            }
        } finally {
            pool.shutdownNow();
        }
        int built = documents.size();
        int kept = 0;
        if (config.add()) {
            for (Manifest.Document d : sink.previous()) {
                if (documents.putIfAbsent(d.id(), d) == null) {
                    kept++;
                }
            }
        }
        long triples = -1;
        TreeMap<String, Long> entities = new TreeMap<>();
        if (built > 0) {
            triples = sink.commit(new ArrayList<>(documents.values()), listener::publishing);
            entities.putAll(sink.entities());
        }
        return new BuildReport(built, reused, kept, sentences, chars, entities, triples, problems,
                (System.nanoTime() - t0) / 1e9);
    }

    private void skip(List<Problem> problems, Problem p) {
        problems.add(p);
        listener.skipped(p);
    }

    private record Outcome(InputScanner.Input input, String sha256, String key, StoredDocument stored,
                           boolean reused, long chars, Problem problem, double seconds) {
        static Outcome failed(InputScanner.Input input, Problem problem) {
            return new Outcome(input, null, null, null, false, 0, problem, 0);
        }
    }

    private Outcome processOne(Ingestor ingestor, DocumentSink sink, InputScanner.Input in) {
        long t0 = System.nanoTime();
        Path file = in.path();
        try {
            String sha256 = sha256(file);
            String key = sink.key(in.id(), sha256);
            var cached = sink.stored(key);
            if (cached.isPresent()) {
                return new Outcome(in, sha256, key, cached.get(), true, 0, null, (System.nanoTime(
                        ) - t0) / 1e9);
            }
            var source = ingestor.read(file, in.id());
            ResolvedDocument doc = processor().process(source);
            StoredDocument stored = sink.store(key, doc);
            return new Outcome(in, sha256, key, stored, false, source.text().length(), null,
                    (System.nanoTime() - t0) / 1e9);
        } catch (IngestException e) {
            return Outcome.failed(in, new Problem(e.id(), file, e.reason()));
        } catch (IOException e) {
            return Outcome.failed(in, new Problem("UNREADABLE", file, Problem.reason(e)));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(in, Problem.failed(file, e));
        }
    }

    private synchronized DocumentProcessor processor() {
        if (processor == null) {
            processor = processors.get();
        }
        return processor;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
