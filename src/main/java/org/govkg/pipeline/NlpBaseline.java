package org.govkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.ingest.IngestException;
import org.govkg.ingest.Ingestor;
import org.govkg.ingest.InputScanner;

/**
 * The floor of a build's throughput, for {@code tools/bench/throughput.sh}: ingest and the HanLP pass
 * (segmentation with name recognition, sentence by sentence, one analyzer per thread) over the same
 * inputs and threads as a build, and nothing else — no extraction, resolution, RDF or store.
 * {@code java -cp govkg.jar org.govkg.pipeline.NlpBaseline THREADS INPUT...} prints documents, sentences,
 * tokens and seconds.
 */
public final class NlpBaseline {

    private NlpBaseline() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        long t0 = System.nanoTime();
        Ingestor ingestor = new Ingestor();
        AtomicLong sentences = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (InputScanner.Input in : InputScanner.scan(inputs).inputs()) {
            work.add(pool.submit(() -> {
                try {
                    AnalyzedDocument doc = DocumentProcessor.analyze(ingestor.read(in.path(), in.id()));
                    sentences.addAndGet(doc.structure().sentences().size());
                    doc.tokens().forEach(t -> tokens.addAndGet(t.size()));
                } catch (IngestException e) {
                    System.err.println(e.getMessage());
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "nlp baseline: %d documents, %d sentences, %d tokens, %.1f s%n",
                work.size(), sentences.get(), tokens.get(), (System.nanoTime() - t0) / 1e9);
    }
}
