package org.govkg.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
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
 * <p>Requires: a readable .txt/.html/.htm file, a regular file of at most the size limit. Produces:
 * normalised text with an offset map, or an {@link IngestException} whose reason names the problem (a
 * device, FIFO or socket is never opened; a file over the limit is not read). Stateless and
 * thread-safe: many files can be read in parallel with one instance.
 */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    /** The default size limit of one input file: far above any report, far below the heap. */
    public static final long DEFAULT_MAX_SIZE = 20L * 1024 * 1024;

    private final long maxSize;

    /** An ingestor reading files of up to {@link #DEFAULT_MAX_SIZE} bytes. */
    public Ingestor() {
        this(DEFAULT_MAX_SIZE);
    }

    /** @param maxSize the largest file read, in bytes; larger ones are refused with TOO-LARGE */
    public Ingestor(long maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("size limit " + maxSize + " < 1 byte");
        }
        this.maxSize = maxSize;
    }

    /** Share of Han characters that must change under conversion for a text to count as traditional. */
    private static final double TRADITIONAL_SHARE = 0.05;

    public SourceDocument read(Path path) throws IngestException {
        requireNonNull(path, "path");
        try {
            return decode(path, readBytes(path, maxSize));
        } catch (OutOfMemoryError e) {
            throw new IngestException(path, "ran out of memory while reading (lower --max-size)", e);
        }
    }

    private SourceDocument decode(Path path, byte[] bytes) throws IngestException {
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
        return new SourceDocument(FileNames.id(path), path, original, simplified.text(),
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

    private static byte[] readBytes(Path path, long maxSize) throws IngestException {
        if (!Files.exists(path)) {
            throw new IngestException(path, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new IngestException(path, "is a directory");
        }
        if (!Files.isRegularFile(path)) {
            throw new IngestException(path, InputScanner.notRegular(path));
        }
        try {
            long size = Files.size(path);
            if (size > maxSize) {
                throw tooLarge(path, size, maxSize);
            }
            // The size may grow while we read: never take more than the limit and one byte.
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
            }
            if (bytes.length > maxSize) {
                throw tooLarge(path, bytes.length, maxSize);
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new IngestException(path, "unreadable: permission denied", e);
        } catch (NoSuchFileException e) {
            throw new IngestException(path, "no such file", e);
        } catch (IOException e) {
            throw new IngestException(path, "unreadable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    private static IngestException tooLarge(Path path, long size, long maxSize) {
        return new IngestException(IngestException.TOO_LARGE, path, String.format(Locale.ROOT,
                "%s, more than the limit of %s (--max-size); not read", sizeText(size), sizeText(maxSize)),
                null);
    }

    /** A byte count for people: {@code 512 bytes}, {@code 20 MB}, {@code 52.4 MB}. */
    public static String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return (v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.1f", v)) + " " + units[u];
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
