package org.govkg.pipeline;

import java.io.IOException;
import org.govkg.resolve.ResolvedDocument;

/** Receives resolved documents one at a time, in input order, on one thread. */
public interface DocumentSink extends AutoCloseable {

    void accept(ResolvedDocument doc) throws IOException;

    /** Makes everything accepted durable; called once when all documents went well or were skipped. */
    void commit() throws IOException;

    @Override
    void close() throws IOException;
}
