package org.govkg.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Extraction;
import org.govkg.extract.Extractor;
import org.govkg.extract.Linker;
import org.govkg.extract.Relation;
import org.govkg.ingest.SourceDocument;
import org.govkg.nlp.HanlpAnalyzer;
import org.govkg.nlp.Token;
import org.govkg.resolve.EntityResolver;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.text.Cancellation;
import org.govkg.text.DocumentMetadata;
import org.govkg.text.MetadataExtractor;
import org.govkg.text.Sentence;
import org.govkg.text.StructureParser;
import org.govkg.text.TextStructure;

/**
 * One document through text structure, NLP, extraction and resolution: a pure function of the
 * document. Thread-safe: the extractors and resolver are shared, HanLP analyzers are per thread.
 * <p>Bounded per document: with a time limit ({@link #withTimeLimit}) the worker thread is interrupted
 * when it runs out and the stages' loops stop ({@link Cancellation}); that, and running out of heap or
 * stack in this one document, end its processing with {@link Skipped}, and the thread is ready for the
 * next document.
 */
public final class DocumentProcessor {

    /** Interrupts workers whose document ran over its time; one daemon thread for the process. */
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "govkg-doc-timeout");
        t.setDaemon(true);
        return t;
    });

    private final List<Extractor> extractors;
    private final List<Linker> linkers;
    private final EntityResolver resolver;
    private final Duration timeLimit;

    public DocumentProcessor(List<Extractor> extractors, List<Linker> linkers, EntityResolver resolver) {
        this(extractors, linkers, resolver, Duration.ZERO);
    }

    private DocumentProcessor(List<Extractor> extractors, List<Linker> linkers, EntityResolver resolver,
                              Duration timeLimit) {
        this.extractors = List.copyOf(extractors);
        this.linkers = List.copyOf(linkers);
        this.resolver = requireNonNull(resolver, "resolver");
        this.timeLimit = requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative()) {
            throw new IllegalArgumentException("time limit " + timeLimit + " < 0");
        }
    }

    /** This processor with a time limit per document; {@link Duration#ZERO} for none. */
    public DocumentProcessor withTimeLimit(Duration limit) {
        return new DocumentProcessor(extractors, linkers, resolver, limit);
    }

    /**
     * A document whose processing was stopped: over its time limit, or out of memory or stack. The
     * build skips it with the line {@code build#ID path: reason}.
     */
    public static final class Skipped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String id;

        Skipped(String id, String reason, Throwable cause) {
            super(reason, cause);
            this.id = requireNonNull(id, "id");
        }

        /** The message id: TIMEOUT or FAILED. */
        public String id() {
            return id;
        }
    }

    /** Structure, metadata and tokens of a document. */
    public static AnalyzedDocument analyze(SourceDocument source) {
        String text = source.text();
        TextStructure structure = StructureParser.parse(text);
        DocumentMetadata metadata = MetadataExtractor.extract(text, structure, source.notes().pageLines(),
                source.notes().properties());
        HanlpAnalyzer analyzer = HanlpAnalyzer.forThisThread();
        List<List<Token>> tokens = new ArrayList<>(structure.sentences().size());
        for (Sentence s : structure.sentences()) {
            Cancellation.check();
            tokens.add(analyzer.segment(s.span().of(text), s.span().start()));
        }
        return new AnalyzedDocument(source, metadata, structure, tokens);
    }

    /**
     * The resolved document.
     *
     * @throws Skipped when the time limit ran out or the document exhausted the heap or the stack
     */
    public ResolvedDocument process(SourceDocument source) {
        Alarm alarm = timeLimit.isZero() ? null : new Alarm(Thread.currentThread(), timeLimit);
        try {
            return run(source);
        } catch (Cancellation.Cancelled e) {
            if (alarm == null || !alarm.rang()) {
                throw e;
            }
            throw new Skipped("TIMEOUT", String.format(Locale.ROOT,
                    "processing took longer than the limit of %s (--doc-timeout); skipped",
                    seconds(timeLimit)), e);
        } catch (OutOfMemoryError e) {
            throw new Skipped("FAILED", "ran out of memory (" + e.getMessage() + "); skipped", e);
        } catch (StackOverflowError e) {
            throw new Skipped("FAILED", "ran out of stack (java.lang.StackOverflowError); skipped", e);
        } finally {
            if (alarm != null) {
                alarm.stop();
            }
        }
    }

    /** Interrupts a worker once its document's time is up, unless stopped before. */
    private static final class Alarm {
        private final Thread worker;
        private final ScheduledFuture<?> future;
        private boolean rang;
        private boolean stopped;

        Alarm(Thread worker, Duration limit) {
            this.worker = worker;
            this.future = ALARMS.schedule(this::ring, limit.toMillis(), TimeUnit.MILLISECONDS);
        }

        private synchronized void ring() {
            if (!stopped) {
                rang = true;
                worker.interrupt();
            }
        }

        synchronized boolean rang() {
            return rang;
        }

        /** Called by the worker when its document ended: an interrupt of ours must not reach the next. */
        synchronized void stop() {
            stopped = true;
            future.cancel(false);
            if (rang) {
                Thread.interrupted();
            }
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private ResolvedDocument run(SourceDocument source) {
        AnalyzedDocument doc = analyze(source);
        List<Extraction> parts = new ArrayList<>(extractors.size());
        for (Extractor e : extractors) {
            Cancellation.check();
            parts.add(e.extract(doc));
        }
        Extraction extraction = Extraction.concat(parts);
        List<Relation> linked = new ArrayList<>();
        for (Linker l : linkers) {
            Cancellation.check();
            linked.addAll(l.link(doc, extraction.mentions()));
        }
        return resolver.resolve(doc, extraction.withRelations(linked));
    }
}
