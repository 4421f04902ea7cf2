package org.govkg.pipeline;

/**
 * What a {@link Build} reports while it runs, in input order, on the thread that called
 * {@link Build#run}. The CLI renders these; the build itself prints nothing.
 */
public interface BuildListener {

    /** An input skipped: unreadable, duplicate, or failed while processing. */
    void skipped(Problem problem);

    /** A document built and handed to the sink. */
    void built(DocumentBuilt progress);

    /**
     * A step of publishing the new generation done, once every document is built: on a large corpus
     * the steps (dumps, the TDB2 load, the label index) take minutes.
     */
    default void publishing(String step) {
    }

    /**
     * One built document.
     *
     * @param done      documents finished so far, this one included (built or skipped)
     * @param total     documents to process
     * @param id        the document id
     * @param sentences its sentences
     * @param mentions  its resolved mentions
     * @param seconds   processing time of this document
     * @param chars     characters of its text (0 when reused)
     * @param reused    whether an earlier build's graph of the same content was reused
     */
    record DocumentBuilt(int done, int total, String id, int sentences, int mentions, double seconds,
                         long chars, boolean reused) {
        public DocumentBuilt {
            java.util.Objects.requireNonNull(id, "id");
            if (done < 1 || done > total) {
                throw new IllegalArgumentException("document " + done + " of " + total);
            }
        }
    }
}
