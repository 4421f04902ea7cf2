package org.govkg.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.govkg.text.DocumentProperties;

/**
 * Reads the text layer of a PDF with Apache PDFBox: every glyph with its position, laid out by
 * {@link PdfLayout}. Refuses, with what the user can do, a PDF that needs a password, one that cannot be
 * parsed, one without a text layer (scanned pages) and one whose fonts give no usable characters (no
 * ToUnicode map: the text layer comes out as U+FFFD, private-use or radical characters).
 * <p>Kangxi radicals and CJK compatibility ideographs, which some fonts map their ideographs to, are read
 * as the unified ideographs they look like (⼯ U+2F2F as 工).
 */
final class PdfReader {

    /** Share of unusable characters at which a text layer counts as unreadable. */
    static final double UNUSABLE_SHARE = 0.05;
    private static final int UNUSABLE_MIN = 10;

    private PdfReader() {
    }

    static ExtractedText read(Path path, byte[] bytes) throws IngestException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            Collector collector = new Collector();
            collector.writeText(doc, Writer.nullWriter());
            int usable = collector.glyphs - collector.unusable;
            if (collector.glyphs == 0 || usable == 0 && collector.unusable < UNUSABLE_MIN) {
                int images = imagePages(doc);
                throw new IngestException(path, images > 0
                        ? "PDF has no text layer (" + images + " of " + doc.getNumberOfPages()
                        + " pages are images: a scan?); run OCR on it first (e.g. ocrmypdf -l chi_sim "
                        + "in.pdf out.pdf) and build the result"
                        : "PDF has no text");
            }
            if (collector.unusable >= UNUSABLE_MIN
                    && collector.unusable >= UNUSABLE_SHARE * collector.glyphs) {
                throw new IngestException(path, String.format(Locale.ROOT,
                        "PDF text layer unusable: %d%% of its characters have no Unicode meaning (fonts "
                        + "without a usable ToUnicode map); run OCR on it (e.g. ocrmypdf --force-ocr -l "
                        + "chi_sim in.pdf out.pdf) or use the report's Word or web version",
                        Math.round(100.0 * collector.unusable / collector.glyphs)));
            }
            PdfLayout.Result laid = PdfLayout.layout(collector.pages);
            return new ExtractedText("PDF", laid.text(), new Pages(laid.pageStarts()), properties(doc),
                    laid.removedLines());
        } catch (InvalidPasswordException e) {
            throw new IngestException(path, "PDF is encrypted with a password; save a copy without the "
                    + "password (e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf) and build that", e);
        } catch (IOException | RuntimeException e) {
            throw new IngestException(path, "damaged PDF: " + IngestException.describe(e), e);
        }
    }

    private static DocumentProperties properties(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        Calendar created = info.getCreationDate();
        String date = created == null ? null : DocumentProperties.dateOf(created.toInstant());
        return DocumentProperties.of(info.getTitle(), info.getAuthor(), date);
    }

    private static int imagePages(PDDocument doc) throws IOException {
        int n = 0;
        for (PDPage page : doc.getPages()) {
            if (hasImage(page.getResources(), 0)) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 3) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject
                    || x instanceof PDFormXObject f && hasImage(f.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c} carries no meaning as text: replacement, private use, radical supplement. */
    static boolean unusable(int c) {
        return c == 0xFFFD || c >= 0xE000 && c <= 0xF8FF || c >= 0xF0000 || c >= 0x2E80 && c <= 0x2FDF
                || c < 0x20 && c != '\t';
    }

    /** The unified ideograph a Kangxi radical or compatibility ideograph stands for, else {@code c}. */
    static String fold(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x2F00 && c <= 0x2FD5 || c >= 0xF900 && c <= 0xFAFF) {
                String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                if (n.length() == 1 && n.charAt(0) != c) {
                    if (out == null) {
                        out = new StringBuilder(s);
                    }
                    out.setCharAt(i, n.charAt(0));
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * The glyph's own advance: PDFBox's width includes the letter spacing a justified line is spread
     * with, which would close the gap between two columns.
     */
    private static float width(TextPosition t, float size) {
        float advance = Math.max(0f, t.getWidthDirAdj());
        PDFont font = t.getFont();
        int[] codes = t.getCharacterCodes();
        if (font instanceof PDType3Font || codes == null || codes.length != 1) {
            return advance;
        }
        try {
            float own = font.getWidth(codes[0]) / 1000f * size;
            return own > 0 ? Math.min(advance, own) : advance;
        } catch (IOException e) {
            return advance;
        }
    }

    /** Collects each page's glyphs instead of writing text, and counts glyphs without usable text. */
    private static final class Collector extends PDFTextStripper {
        final List<PdfLayout.Page> pages = new ArrayList<>();
        int glyphs;
        int unusable;

        Collector() {
            setSortByPosition(false);
        }

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
                throws IOException {
            String unicode = font.toUnicode(code);
            if (unicode == null) {
                // PDFBox drops glyphs of composite fonts it cannot map; count them, they are text too
                glyphs++;
                unusable++;
            }
            super.showGlyph(matrix, font, code, displacement);
        }

        @Override
        protected void writePage() {
            List<PdfLayout.Glyph> page = new ArrayList<>();
            float height = 0;
            for (List<TextPosition> article : charactersByArticle) {
                for (TextPosition t : article) {
                    height = t.getPageHeight();
                    String text = fold(t.getUnicode());
                    if (text.isBlank()) {
                        continue;
                    }
                    glyphs++;
                    if (text.codePoints().anyMatch(PdfReader::unusable)) {
                        unusable++;
                    }
                    float size = Math.max(t.getFontSizeInPt(), 1f);
                    if (t.getHeightDir() > 0 && t.getFontSizeInPt() <= 1f) {
                        size = t.getHeightDir();
                    }
                    page.add(new PdfLayout.Glyph(text, t.getXDirAdj(), t.getYDirAdj(), width(t, size), size));
                }
            }
            pages.add(new PdfLayout.Page(page,
                    height > 0 ? height : getCurrentPage().getMediaBox().getHeight()));
        }
    }
}
