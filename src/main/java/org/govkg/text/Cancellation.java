package org.govkg.text;

/**
 * Cooperative cancellation of one document's processing: the per-line, per-sentence and per-mention
 * loops of every stage call {@link #check()}, which ends the work with {@link Cancelled} once the thread
 * was interrupted (a per-document time limit ran out). The interrupt flag is left set for the caller to
 * read and clear.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /** Throws {@link Cancelled} when the current thread was interrupted. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
    }

    /** The processing of a document was interrupted. */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("interrupted", null, false, false);
        }
    }
}
