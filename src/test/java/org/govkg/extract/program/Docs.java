package org.govkg.extract.program;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.ingest.IngestNotes;
import org.govkg.ingest.OffsetMap;
import org.govkg.ingest.SourceDocument;
import org.govkg.nlp.Token;
import org.govkg.text.DocumentMetadata;
import org.govkg.text.StructureParser;
import org.govkg.text.TextStructure;

/** Builds small analysed documents for extractor tests (no HanLP: extractors here need no tokens). */
public final class Docs {

    private Docs() {
    }

    public static AnalyzedDocument of(String text, Integer year) {
        SourceDocument src = new SourceDocument("t.txt", Path.of("t.txt"), text, text,
                OffsetMap.identity(text.length()), new IngestNotes("UTF-8", false, false, 0, 0));
        TextStructure structure = StructureParser.parse(text);
        List<List<Token>> tokens = new ArrayList<>();
        structure.sentences().forEach(s -> tokens.add(List.of()));
        DocumentMetadata meta = new DocumentMetadata("", Optional.empty(), Optional.ofNullable(year),
                DocumentMetadata.OTHER, Optional.empty(), Optional.empty());
        return new AnalyzedDocument(src, meta, structure, tokens);
    }
}
