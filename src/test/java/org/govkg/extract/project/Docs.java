package org.govkg.extract.project;

import java.nio.file.Path;
import java.util.List;
import org.govkg.pipeline.DocumentProcessor;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Mention;
import org.govkg.ingest.IngestNotes;
import org.govkg.ingest.OffsetMap;
import org.govkg.ingest.SourceDocument;

/** Test fixtures: an inline text analysed with HanLP as the pipeline would. */
public final class Docs {

    private Docs() {
    }

    public static AnalyzedDocument analyzed(String text) {
        SourceDocument src = new SourceDocument("inline.txt", Path.of("inline.txt"), text, text,
                OffsetMap.identity(text.length()), new IngestNotes("UTF-8", false, false, 0, 0));
        return DocumentProcessor.analyze(src);
    }

    /** The names of the mentions of {@code type}, in order. */
    public static List<String> names(List<Mention> mentions, String type) {
        return mentions.stream().filter(m -> m.type().name().equals(type)).map(Mention::name).toList();
    }
}
