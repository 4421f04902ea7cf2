package org.govkg.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.govkg.script.ChineseScript;
import org.govkg.text.Han;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one input file into a {@link SourceDocument}: detects the charset, turns HTML into text, repairs
 * segments decoded out of step, removes leftover markup and page chrome, normalises widths and line
 * ends, and converts traditional characters to simplified — every step an edit that keeps the offset
 * map back to the decoded original exact.
 * <p>Requires: a readable .txt/.html/.htm file. Produces: normalised text with an offset map, or an
 * {@link IngestException} whose reason names the problem. Stateless and thread-safe: many files can be
 * read in parallel with one instance.
 */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    /** Share of Han characters that must change under conversion for a text to count as traditional. */
    private static final double TRADITIONAL_SHARE = 0.05;

    public SourceDocument read(Path path) throws IngestException {
        requireNonNull(path, "path");
        return read(path, path.getFileName().toString());
    }

    /** Reads {@code path} as the document with identity {@code id} (see {@link InputScanner.Input}). */
    public SourceDocument read(Path path, String id) throws IngestException {
        requireNonNull(path, "path");
        requireNonNull(id, "id");
        byte[] bytes = readBytes(path);
        if (bytes.length == 0) {
            throw new IngestException(path, "empty file");
        }
        CharsetDetector.Decoded decoded;
        try {
            decoded = CharsetDetector.decode(bytes);
        } catch (CharsetDetector.UndecodableException e) {
            throw new IngestException(path, e.getMessage());
        }
        String original = decoded.text();
        boolean html = isHtmlName(path) || HtmlText.looksLikeHtml(original);
        MappedText text = MappedText.of(original);
        if (html) {
            text = HtmlText.toText(text);
        }
        text = TextNormaliser.normalise(text);
        MojibakeRepair.Result repair = MojibakeRepair.repair(text);
        text = MarkupCleaner.clean(repair.text());
        ChromeFilter.Result chrome = ChromeFilter.filter(text);
        text = TextNormaliser.normalise(chrome.text());
        MappedText simplified = toSimplified(text);
        boolean traditional = simplified != text;
        if (simplified.text().isBlank()) {
            throw new IngestException(path, "no text");
        }
        LOG.debug("{}: {} html={} traditional={} repaired={} unrepaired={} chrome lines={}", path,
                decoded.charset(), html, traditional, repair.repaired(), repair.unrepaired(),
                chrome.removedLines());
        return new SourceDocument(id, path, original, simplified.text(),
                simplified.offsetMap(), new IngestNotes(decoded.charset(), html, traditional,
                repair.repaired(), repair.unrepaired(), chrome.lines()));
    }

    /** Only the chrome count of a file, for diagnostics and tests: lines removed as page chrome. */
    static int chromeLines(String decoded, boolean html) {
        MappedText text = MappedText.of(decoded);
        if (html) {
            text = HtmlText.toText(text);
        }
        text = MarkupCleaner.clean(MojibakeRepair.repair(TextNormaliser.normalise(text)).text());
        return ChromeFilter.filter(text).removedLines();
    }

    private static byte[] readBytes(Path path) throws IngestException {
        if (!Files.exists(path)) {
            throw new IngestException(path, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new IngestException(path, "is a directory");
        }
        try {
            return Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw new IngestException(path, "unreadable: permission denied", e);
        } catch (NoSuchFileException e) {
            throw new IngestException(path, "no such file", e);
        } catch (IOException e) {
            throw new IngestException(path, "unreadable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    static boolean isHtmlName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /**
     * Converts line by line when enough Han characters change to call the text traditional; returns
     * {@code text} itself otherwise, so a simplified report is never touched by the converter.
     */
    private static MappedText toSimplified(MappedText text) {
        String s = text.text();
        String converted = ChineseScript.toSimplifiedAligned(s);
        int han = 0;
        int changed = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Han.inIdeographBlocks(s.charAt(i))) {
                han++;
                if (s.charAt(i) != converted.charAt(i)) {
                    changed++;
                }
            }
        }
        if (changed == 0 || changed < TRADITIONAL_SHARE * han) {
            return text;
        }
        MappedText.Builder out = text.builder();
        out.replace(0, s.length(), converted);
        return out.build();
    }
}
