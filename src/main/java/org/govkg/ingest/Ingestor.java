package org.govkg.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govkg.script.ChineseScript;
import org.govkg.text.DocumentProperties;
import org.govkg.text.Han;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one input file into a {@link SourceDocument}: detects the charset, turns HTML into text, repairs
 * segments decoded out of step, removes leftover markup and page chrome, normalises widths and line
 * ends, and converts traditional characters to simplified — every step an edit that keeps the offset
 * map back to the decoded original exact.
 * <p>PDF, DOCX/ODT, DOC/WPS and RTF files (told by their first bytes) are first read into text by
 * {@link PdfReader}, {@link OfficeXmlReader}, {@link WordBinaryReader} and {@link RtfReader}; that text is
 * their original, the one offsets and pages refer to, and then takes the same steps as a text file.
 * <p>Requires: a readable .txt/.html/.htm/.pdf/.docx/.doc/.odt/.wps/.rtf file, a regular file of at most
 * the size limit. Produces: normalised text with an offset map, or an {@link IngestException} whose reason
 * names the problem (a device, FIFO or socket is never opened; a file over the limit is not read).
 * Stateless and thread-safe: many files can be read in parallel with one instance.
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
        return read(path, FileNames.id(path));
    }

    /** Reads {@code path} as the document with identity {@code id} (see {@link InputScanner.Input}). */
    public SourceDocument read(Path path, String id) throws IngestException {
        requireNonNull(path, "path");
        requireNonNull(id, "id");
        byte[] bytes;
        try {
            bytes = readBytes(path, maxSize);
        } catch (OutOfMemoryError e) {
            throw new IngestException(path, "ran out of memory while reading (lower --max-size)", e);
        }
        if (bytes.length == 0) {
            throw new IngestException(path, "empty file");
        }
        ExtractedText extracted = switch (Container.of(bytes)) {
            case PDF -> PdfReader.read(path, bytes);
            case ZIP -> OfficeXmlReader.read(path, bytes);
            case OLE2 -> WordBinaryReader.read(path, bytes);
            case RTF -> RtfReader.read(path, bytes);
            case TEXT -> null;
        };
        if (extracted != null) {
            return normalise(path, id, extracted.text(), false, extracted.format(), extracted.removedLines(),
                    extracted.properties(), extracted.pages());
        }
        CharsetDetector.Decoded decoded;
        try {
            decoded = CharsetDetector.decode(bytes);
        } catch (CharsetDetector.UndecodableException e) {
            throw new IngestException(path, e.getMessage());
        }
        String original = decoded.text();
        boolean html = isHtmlName(path) || HtmlText.looksLikeHtml(original);
        return normalise(path, id, original, html, decoded.charset(), List.of(), DocumentProperties.NONE,
                Pages.NONE);
    }

    /**
     * The steps every input shares, from its decoded or extracted text on.
     *
     * @param removed lines already removed as page chrome (a PDF's running heads)
     */
    private static SourceDocument normalise(Path path, String id, String original, boolean html,
            String charset,
                                            List<String> removed, DocumentProperties properties, Pages pages)
            throws IngestException {
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
        LOG.debug("{}: {} html={} traditional={} repaired={} unrepaired={} chrome lines={} pages={}", path,
                charset, html, traditional, repair.repaired(), repair.unrepaired(), chrome.removedLines(),
                pages.count());
        List<String> pageLines = new ArrayList<>(removed);
        pageLines.addAll(chrome.lines());
        return new SourceDocument(id, path, original, simplified.text(),
                simplified.offsetMap(), new IngestNotes(charset, html, traditional,
                repair.repaired(), repair.unrepaired(), pageLines, properties), pages);
    }

    /** What a file is, by its first bytes, whatever its name says. */
    private enum Container {
        PDF, ZIP, OLE2, RTF, TEXT;

        static Container of(byte[] b) {
            if (startsWith(b, 0, (byte) 0xD0, (byte) 0xCF, (byte) 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                    (byte) 0x1A, (byte) 0xE1)) {
                return OLE2;
            }
            if (startsWith(b, 0, (byte) 'P', (byte) 'K', (byte) 3, (byte) 4)) {
                return ZIP;
            }
            if (startsWith(b, 0, (byte) '{', (byte) '\\', (byte) 'r', (byte) 't', (byte) 'f')) {
                return RTF;
            }
            // the header may follow some junk bytes; readers accept it within the first kilobyte
            for (int i = 0; i < Math.min(1024, b.length - 4); i++) {
                if (startsWith(b, i, (byte) '%', (byte) 'P', (byte) 'D', (byte) 'F', (byte) '-')) {
                    return PDF;
                }
            }
            return TEXT;
        }

        private static boolean startsWith(byte[] b, int at, byte... prefix) {
            if (b.length < at + prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (b[at + i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
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
