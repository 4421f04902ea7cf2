package org.govkg.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.store.Manifest;
import org.govkg.store.StoredDocument;

/**
 * Where a build's documents go: each document's result is stored as soon as it is finished, so that a
 * build that is killed keeps what it did, and a later build reuses a document whose content and pipeline
 * did not change; {@link #commit} then publishes a set of stored documents at once.
 */
public interface DocumentSink extends AutoCloseable {

    /** The pipeline version documents are stored under. */
    String pipeline();

    /** The sink's key for document {@code id} with content hash {@code sha256}. */
    String key(String id, String sha256);

    /** What is stored under {@code key}, if anything. Thread-safe. */
    Optional<StoredDocument> stored(String key) throws IOException;

    /** Stores a processed document under {@code key}. Thread-safe: called from worker threads. */
    StoredDocument store(String key, ResolvedDocument doc) throws IOException;

    /** The documents of the last published build, for a build that adds to it. */
    List<Manifest.Document> previous();

    /**
     * Publishes exactly {@code documents} (all stored); returns the merged graph's triple count. Each step
     * of the publication done goes to {@code steps} as a line (what, how long), on the calling thread.
     */
    long commit(List<Manifest.Document> documents, java.util.function.Consumer<String> steps)
            throws IOException;

    /** Entities per type label of the last commit. */
    java.util.Map<String, Long> entities();

    @Override
    void close() throws IOException;

}
