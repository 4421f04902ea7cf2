package org.govkg.export;

import java.io.OutputStream;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.trig.TriGWriter;
import org.eclipse.rdf4j.rio.turtle.TurtleWriter;

/**
 * Rio's Turtle and TriG writers for statements that arrive already grouped: by graph, then subject,
 * rdf:type first, then predicate. Pretty-printing Rio buffers 1,000 statements at a time in a model and
 * regroups them (by graph, subject, rdf:type first, predicate, each in order of first appearance), which
 * was most of the time a large build spent on these two dumps; for statements in that order already, as
 * the dumps' sorted runs are ({@link SortedRun}), the regrouping changes nothing, and these writers write
 * each statement as it comes, in the same layout, to the same bytes.
 * <p>Requires: no blank nodes (nothing to inline), statements grouped as above.
 */
final class InOrderWriters {

    private InOrderWriters() {
    }

    /** A pretty-printing Turtle writer that does not regroup. */
    static final class Turtle extends TurtleWriter {
        Turtle(OutputStream out) {
            super(out);
        }

        @Override
        protected void consumeStatement(Statement st) {
            handleStatementInternal(st, false, false, false);
        }
    }

    /** A pretty-printing TriG writer that does not regroup. */
    static final class TriG extends TriGWriter {
        TriG(OutputStream out) {
            super(out);
        }

        @Override
        protected void consumeStatement(Statement st) {
            handleStatementInternal(st, false, false, false);
        }
    }
}
