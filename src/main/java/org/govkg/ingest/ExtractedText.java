package org.govkg.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.govkg.text.DocumentProperties;

/**
 * The text of a PDF or Word file as a reader sees it — reading order, running heads and page numbers
 * removed, paragraphs rebuilt, table rows on lines with cells apart — before the normalisation all
 * inputs share.
 *
 * @param format       what it was read as ({@code PDF}, {@code DOCX}, {@code ODT}, {@code DOC})
 * @param text         the extracted text; the "original" that offsets and pages refer to
 * @param pages        where each page begins in {@code text}
 * @param properties   the document properties
 * @param removedLines running heads, footers and page numbers removed, one per page they were on
 */
record ExtractedText(String format, String text, Pages pages, DocumentProperties properties,
                     List<String> removedLines) {
    ExtractedText {
        requireNonNull(format, "format");
        requireNonNull(text, "text");
        requireNonNull(pages, "pages");
        requireNonNull(properties, "properties");
        removedLines = List.copyOf(removedLines);
    }
}
