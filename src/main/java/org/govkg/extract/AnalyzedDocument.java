package org.govkg.extract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.govkg.ingest.SourceDocument;
import org.govkg.nlp.Token;
import org.govkg.text.DocumentMetadata;
import org.govkg.text.TextStructure;

/**
 * A document ready for extraction.
 *
 * @param source    the ingested document; extractors read {@code source.text()}
 * @param metadata  what it says about itself
 * @param structure sections, sentences, glossary
 * @param tokens    HanLP tokens per sentence, index-aligned with {@code structure.sentences()}
 */
public record AnalyzedDocument(SourceDocument source, DocumentMetadata metadata, TextStructure structure,
                               List<List<Token>> tokens) {
    public AnalyzedDocument {
        requireNonNull(source, "source");
        requireNonNull(metadata, "metadata");
        requireNonNull(structure, "structure");
        tokens = List.copyOf(tokens);
        if (tokens.size() != structure.sentences().size()) {
            throw new IllegalArgumentException(tokens.size() + " token lists for "
                    + structure.sentences().size() + " sentences");
        }
    }

    public String text() {
        return source.text();
    }
}
