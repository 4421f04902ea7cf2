package org.govkg.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govkg.export.DumpFormat;
import org.govkg.export.GraphOutput;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.store.Manifest;
import org.govkg.store.StoredDocument;

/**
 * The knowledge-graph sink of a build: documents into the build directory's cache as they finish, and on
 * commit a new generation of dumps, TDB2 dataset, table and manifest ({@link GraphOutput}).
 */
public final class GraphSink implements DocumentSink {

    private final GraphOutput output;
    private Map<String, Long> entities = Map.of();

    public GraphSink(GraphOutput output) {
        this.output = requireNonNull(output, "output");
    }

    /** A sink writing into {@code config.out()} with the configured base and extra formats. */
    public static GraphSink of(BuildConfig config) throws IOException {
        return new GraphSink(new GraphOutput(config.out(), config.base(),
                config.formats().stream().map(DumpFormat::of).toList(), config.gzip(),
                PipelineVersion.current()));
    }

    @Override
    public String key(String id, String sha256) {
        return output.key(id, sha256);
    }

    @Override
    public Optional<StoredDocument> stored(String key) throws IOException {
        return output.stored(key);
    }

    @Override
    public StoredDocument store(String key, ResolvedDocument doc) throws IOException {
        return output.store(key, doc);
    }

    @Override
    public List<Manifest.Document> previous() {
        return output.previous().map(Manifest::documents).orElse(List.of());
    }

    @Override
    public long commit(List<Manifest.Document> documents, java.util.function.Consumer<String> steps)
            throws IOException {
        GraphOutput.Published p = output.publish(documents, steps);
        entities = p.entities();
        return p.triples();
    }

    @Override
    public Map<String, Long> entities() {
        return entities;
    }

    @Override
    public String pipeline() {
        return output.pipeline();
    }

    @Override
    public void close() throws IOException {
        output.close();
    }
}
