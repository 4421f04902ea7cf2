package org.govkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.govkg.text.DocumentProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF ingest on copies of a bundled report made by {@link DocumentFixtures}. */
class PdfReaderTest {

    static final Path REPORT = Path.of("corpus/002_e905bd3ca9a86395.txt");

    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    static String report() throws IOException {
        return Files.readString(REPORT, StandardCharsets.UTF_8);
    }

    private SourceDocument read(String name, byte[] bytes) throws IOException, IngestException {
        return ingestor.read(Files.write(dir.resolve(name), bytes));
    }

    private String reason(String name, byte[] bytes) throws IOException {
        return assertThrows(IngestException.class, () -> read(name, bytes)).reason();
    }

    /** The paragraphs of a text: its lines without indentation, blank ones left out. */
    static String paragraphs(String text) {
        return String.join("\n", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /** Same paragraphs in the same order; blank lines and indentation of the text file aside. */
    static void assertSameText(String expectedText, String actualText) {
        String expected = paragraphs(expectedText);
        String actual = paragraphs(actualText);
        if (!expected.equals(actual)) {
            int at = 0;
            int common = Math.min(expected.length(), actual.length());
            while (at < common && expected.charAt(at) == actual.charAt(at)) {
                at++;
            }
            int from = Math.max(0, at - 40);
            assertEquals(expected.substring(from, Math.min(expected.length(), at + 40)),
                    actual.substring(from, Math.min(actual.length(), at + 40)), "texts differ at " + at);
        }
    }

    @Test
    void aReportWithRunningHeadAndPageNumbersReadsAsItsText() throws Exception {
        SourceDocument txt = ingestor.read(REPORT);
        SourceDocument pdf = read("r.pdf", DocumentFixtures.pdf(report(),
                DocumentFixtures.PdfOptions.plain().withHeadAndFooter("清城区人民政府公报")));
        assertSameText(txt.text(), pdf.text());
        assertEquals("PDF", pdf.notes().charset());
        int pages = pdf.pages().count();
        assertTrue(pages >= 5, "pages " + pages);
        // one running head and one page number removed per page, as written
        assertEquals(pages, pdf.notes().pageLines().stream().filter(l -> l.equals("清城区人民政府公报")).count());
        assertTrue(pdf.notes().pageLines().contains("— 3 —"), pdf.notes().pageLines().toString());
        assertFalse(pdf.text().contains("公报"));
        // pages rise through the text (its last page holds only the web page's footer, dropped as chrome);
        // offsets read back exactly
        assertEquals(1, pdf.page(0).getAsInt());
        assertEquals(pages - 1, pdf.page(pdf.text().length() - 1).getAsInt());
        int page = 1;
        for (int i = 0; i < pdf.text().length(); i += 97) {
            assertTrue(pdf.page(i).getAsInt() >= page);
            page = pdf.page(i).getAsInt();
            assertEquals(pdf.text().charAt(i), pdf.original().charAt(pdf.offsets().toOriginal(i)));
        }
    }

    @Test
    void twoColumnsAreReadColumnByColumn() throws Exception {
        // the report's body, without the web page's chrome lines it was saved with
        String text = report().lines().skip(8).limit(40).reduce("", (a, b) -> a + b + "\n");
        SourceDocument one = read("one.pdf", DocumentFixtures.pdf(text, DocumentFixtures.PdfOptions.plain()));
        SourceDocument two = read("two.pdf", DocumentFixtures.pdf(text,
                DocumentFixtures.PdfOptions.plain().withColumns(2).withHeadAndFooter("政府工作报告")));
        assertSameText(one.text(), two.text());
        assertTrue(two.pages().count() >= 2);
    }

    @Test
    void pageNumbersOfEveryStyleAreRemoved() {
        for (String number : new String[] {"— 3 —", "-3-", "第3页", "第 3 页 共 9 页", "3/9", "3", "- 3 -"}) {
            PdfLayout.Page page = new PdfLayout.Page(glyphs("一二三四五六七八九十", 150, number, 800), 842);
            assertEquals("一二三四五六七八九十", PdfLayout.layout(java.util.List.of(page)).text(), number);
        }
    }

    @Test
    void tableRowsStayRowsWithCellsApartAndAreNotJoined() {
        java.util.List<PdfLayout.Glyph> g = new java.util.ArrayList<>();
        String[][] rows = {{"指标", "单位", "目标"}, {"地区生产总值增长", "%", "5.5"}, {"固定资产投资", "亿元", "120"}};
        for (int r = 0; r < rows.length; r++) {
            float[] columns = {72, 300, 420};
            for (int c = 0; c < 3; c++) {
                String cell = rows[r][c];
                for (int i = 0; i < cell.length(); i++) {
                    g.add(new PdfLayout.Glyph(String.valueOf(cell.charAt(i)), columns[c] + 12 * i,
                            200 + 20 * r, 12, 12));
                }
            }
        }
        String text = PdfLayout.layout(java.util.List.of(new PdfLayout.Page(g, 842))).text();
        assertEquals("指标 单位 目标\n地区生产总值增长 % 5.5\n固定资产投资 亿元 120", text);
    }

    private static java.util.List<PdfLayout.Glyph> glyphs(String body, float y, String foot, float footY) {
        java.util.List<PdfLayout.Glyph> out = new java.util.ArrayList<>();
        for (int i = 0; i < body.length(); i++) {
            out.add(new PdfLayout.Glyph(String.valueOf(body.charAt(i)), 72 + 12 * i, y, 12, 12));
        }
        for (int i = 0; i < foot.length(); i++) {
            out.add(new PdfLayout.Glyph(String.valueOf(foot.charAt(i)), 280 + 6 * i, footY, 6, 12));
        }
        return out;
    }

    @Test
    void aTextLayerOfPrivateUseCharactersIsRefusedWithWhatToDo() throws Exception {
        String reason = reason("fonts.pdf", DocumentFixtures.pdf(report(),
                DocumentFixtures.PdfOptions.plain().withUnusableFont()));
        assertTrue(reason.startsWith("PDF text layer unusable: 100% of its characters"), reason);
        assertTrue(reason.contains("OCR"), reason);
    }

    @Test
    void glyphsOfAFontWithoutToUnicodeAreCountedAsUnusable() throws Exception {
        String reason = reason("fonts.pdf", DocumentFixtures.pdf(report(),
                DocumentFixtures.PdfOptions.plain().withoutToUnicode()));
        assertTrue(reason.startsWith("PDF text layer unusable: 100% of its characters"), reason);
    }

    @Test
    void aScanWithoutTextLayerIsRefusedWithWhatToDo() throws Exception {
        String reason = reason("scan.pdf", DocumentFixtures.imageOnlyPdf());
        assertTrue(reason.startsWith("PDF has no text layer (1 of 1 pages are images"), reason);
        assertTrue(reason.contains("ocrmypdf"), reason);
    }

    @Test
    void aPasswordProtectedPdfIsRefusedAndAnOwnerOnlyOneReads() throws Exception {
        byte[] pdf = DocumentFixtures.pdf("关于2023年国民经济和社会发展计划执行情况的报告\n一、总体情况\n",
                DocumentFixtures.PdfOptions.plain());
        String reason = reason("locked.pdf", DocumentFixtures.encrypt(pdf, "secret"));
        assertTrue(reason.startsWith("PDF is encrypted with a password"), reason);
        // copy protection only (no user password): every reader opens it, and so do we
        SourceDocument open = read("copy-protected.pdf", DocumentFixtures.encrypt(pdf, ""));
        assertEquals("关于2023年国民经济和社会发展计划执行情况的报告\n一、总体情况", open.text());
    }

    @Test
    void aDamagedPdfIsRefused() throws Exception {
        byte[] pdf = DocumentFixtures.pdf(report(), DocumentFixtures.PdfOptions.plain());
        String reason = reason("cut.pdf", Arrays.copyOf(pdf, 600));
        assertTrue(reason.startsWith("damaged PDF") || reason.startsWith("PDF has no text"), reason);
        assertTrue(reason("junk.pdf", "%PDF-1.7\nnothing here".getBytes(StandardCharsets.US_ASCII))
                .startsWith("damaged PDF"));
    }

    @Test
    void documentPropertiesAreKept() throws Exception {
        SourceDocument pdf = read("p.pdf", DocumentFixtures.pdf("一、总体情况\n",
                DocumentFixtures.PdfOptions.plain()
                        .withProperties("Microsoft Word - 2024年政府工作报告.doc", "王某")));
        assertEquals(DocumentProperties.of("Microsoft Word - 2024年政府工作报告.doc", "王某", "2024-01-15"),
                pdf.notes().properties());
    }

    @Test
    void kangxiRadicalsReadAsTheIdeographsTheyLookLike() {
        assertEquals("工作", PdfReader.fold("\u2F2F作"));
        assertTrue(PdfReader.unusable(0xE001));
        assertTrue(PdfReader.unusable(0x2E8C));
        assertFalse(PdfReader.unusable('工'));
    }
}
