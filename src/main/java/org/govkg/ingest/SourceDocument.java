package org.govkg.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * One input report after ingest: decoded, cleaned of page chrome and markup, repaired where its
 * encoding was damaged, and converted to simplified characters.
 *
 * @param id       its identity in the build: the path below the input directory it was found in, or the
 *                 file name (e.g. {@code 000_4857e87b87500622.txt}); unique in a build (see
 *                 {@link InputScanner.Input})
 * @param path     where it was read from
 * @param original the decoded text before cleaning and conversion; for a PDF or Word file, the text
 *                 extracted from it (what {@code govkg text FILE} prints)
 * @param text     the normalised text every later stage works on
 * @param offsets  normalised offsets to {@code original} offsets
 * @param notes    what ingest found and did
 * @param pages    where the pages of a paged source begin in {@code original}
 */
public record SourceDocument(String id, Path path, String original, String text, OffsetMap offsets,
                             IngestNotes notes, Pages pages) {
    public SourceDocument {
        requireNonNull(id, "id");
        requireNonNull(path, "path");
        requireNonNull(original, "original");
        requireNonNull(text, "text");
        requireNonNull(offsets, "offsets");
        requireNonNull(notes, "notes");
        requireNonNull(pages, "pages");
    }

    /** A document without pages (plain text, HTML). */
    public SourceDocument(String id, Path path, String original, String text, OffsetMap offsets,
                          IngestNotes notes) {
        this(id, path, original, text, offsets, notes, Pages.NONE);
    }

    /** The page (from 1) that offset {@code normalisedOffset} of {@link #text} comes from, if paged. */
    public OptionalInt page(int normalisedOffset) {
        return pages.pageOf(offsets.toOriginal(normalisedOffset));
    }
}
