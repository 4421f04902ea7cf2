package org.govkg.text;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a PDF or Word file says about itself in its document properties (PDF Info, OOXML core.xml, ODF
 * meta.xml, OLE2 SummaryInformation), as written there: often empty, often a template's leftovers, so
 * {@link MetadataExtractor} uses them only where the text itself states nothing. Ingest reads them; they
 * live here, beside {@link DocumentMetadata}, because this is where they mean something.
 *
 * @param title  the document title
 * @param author the author
 * @param date   the creation date, ISO {@code yyyy-mm-dd}
 */
public record DocumentProperties(Optional<String> title, Optional<String> author, Optional<String> date) {

    /** No properties (plain text and HTML pages). */
    public static final DocumentProperties NONE =
            new DocumentProperties(Optional.empty(), Optional.empty(), Optional.empty());

    public DocumentProperties {
        requireNonNull(title, "title");
        requireNonNull(author, "author");
        requireNonNull(date, "date");
        title = title.map(String::strip).filter(t -> !t.isEmpty());
        author = author.map(String::strip).filter(t -> !t.isEmpty());
        date = date.map(String::strip).filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    /** Reports are Chinese: a stored instant is dated in China Standard Time (UTC+8). */
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    public static String dateOf(Instant instant) {
        return instant.atOffset(CHINA).toLocalDate().toString();
    }

    /** The date of a W3CDTF / ISO timestamp ({@code 2024-01-14T23:00:00Z}), or its first ten characters. */
    public static String dateOf(String timestamp) {
        if (timestamp == null || timestamp.strip().length() < 10) {
            return null;
        }
        String t = timestamp.strip();
        try {
            return dateOf(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            return t.substring(0, 10);
        }
    }

    public static DocumentProperties of(String title, String author, String date) {
        return new DocumentProperties(Optional.ofNullable(title), Optional.ofNullable(author),
                Optional.ofNullable(date));
    }
}
