package org.govkg.ingest;

import static java.util.Objects.requireNonNull;

/**
 * What ingest found in one file.
 *
 * @param charset            the detected charset name (e.g. {@code UTF-8}, {@code GB18030}, {@code Big5})
 * @param html               whether the input was an HTML page
 * @param traditional        whether traditional characters were converted to simplified
 * @param repairedSegments   mis-decoded segments repaired
 * @param unrepairedSegments mis-decoded segments that could not be repaired
 */
public record IngestNotes(String charset, boolean html, boolean traditional, int repairedSegments,
                          int unrepairedSegments) {
    public IngestNotes {
        requireNonNull(charset, "charset");
        if (repairedSegments < 0 || unrepairedSegments < 0) {
            throw new IllegalArgumentException("negative segment count " + repairedSegments + "/"
                    + unrepairedSegments);
        }
    }
}
