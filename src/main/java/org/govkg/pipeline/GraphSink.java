package org.govkg.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import org.govkg.export.DumpFormat;
import org.govkg.export.GraphOutput;
import org.govkg.resolve.ResolvedDocument;

/**
 * The knowledge-graph sink of a build: each document's named graph into the TDB2 dataset (replacing the
 * graph of an earlier build of the same file), and on commit the dumps and the Fuseki configuration.
 * Nothing becomes visible before {@link #commit()}; closing without it leaves the output as it was.
 */
public final class GraphSink implements DocumentSink {

    private final GraphOutput output;
    private long triples = -1;

    public GraphSink(GraphOutput output) {
        this.output = requireNonNull(output, "output");
    }

    /** A sink writing into {@code config.out()} with the configured base and extra formats. */
    public static GraphSink of(BuildConfig config) {
        return new GraphSink(new GraphOutput(config.out(), config.base(),
                config.formats().stream().map(DumpFormat::of).toList()));
    }

    @Override
    public void accept(ResolvedDocument doc) {
        output.accept(doc);
    }

    @Override
    public void commit() throws IOException {
        triples = output.commit();
    }

    /** Triples in the merged graph after {@link #commit()}, or -1 before. */
    public long triples() {
        return triples;
    }

    @Override
    public void close() {
        output.close();
    }
}
