package org.govkg.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.govkg.text.DocumentProperties;

/**
 * What ingest found in one file.
 *
 * @param charset            the detected charset name (e.g. {@code UTF-8}, {@code GB18030}, {@code Big5}), or
 *                           the format the text was extracted from ({@code PDF}, {@code DOCX}, {@code DOC})
 * @param html               whether the input was an HTML page
 * @param traditional        whether traditional characters were converted to simplified
 * @param repairedSegments   mis-decoded segments repaired
 * @param unrepairedSegments mis-decoded segments that could not be repaired
 * @param pageLines          lines removed as page chrome one by one (not a footer dropped whole), as
 *                           written; the page's 时间/来源 bar is among them, and a PDF's running heads
 * @param properties         the document properties of a PDF or Word file
 */
public record IngestNotes(String charset, boolean html, boolean traditional, int repairedSegments,
                          int unrepairedSegments, List<String> pageLines, DocumentProperties properties) {
    public IngestNotes {
        requireNonNull(charset, "charset");
        requireNonNull(properties, "properties");
        pageLines = List.copyOf(pageLines);
        if (repairedSegments < 0 || unrepairedSegments < 0) {
            throw new IllegalArgumentException("negative segment count " + repairedSegments + "/"
                    + unrepairedSegments);
        }
    }

    /** Notes of a text that had no page chrome. */
    public IngestNotes(String charset, boolean html, boolean traditional, int repairedSegments,
                       int unrepairedSegments) {
        this(charset, html, traditional, repairedSegments, unrepairedSegments, List.of());
    }

    /** Notes of a file without document properties. */
    public IngestNotes(String charset, boolean html, boolean traditional, int repairedSegments,
                       int unrepairedSegments, List<String> pageLines) {
        this(charset, html, traditional, repairedSegments, unrepairedSegments, pageLines,
                DocumentProperties.NONE);
    }
}
