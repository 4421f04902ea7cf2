package org.govkg.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govkg.nlp.ChineseScript;

/**
 * Reads one input file into a {@link SourceDocument}.
 * <p>Requires: a readable .txt/.html/.htm file. Produces: normalised text with an offset map.
 */
public final class Ingestor {

    public SourceDocument read(Path path) throws IngestException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IngestException(path, "unreadable: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new IngestException(path, "empty file");
        }
        String original = new String(bytes, StandardCharsets.UTF_8);
        String text = ChineseScript.toSimplified(original);
        OffsetMap offsets = OffsetMap.identity(text.length());
        return new SourceDocument(path.getFileName().toString(), path, original, text, offsets,
                new IngestNotes("UTF-8", false, !text.equals(original), 0, 0));
    }
}
