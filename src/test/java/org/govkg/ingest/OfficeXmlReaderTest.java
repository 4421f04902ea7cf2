package org.govkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.govkg.text.DocumentProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOCX and ODT ingest on copies of a bundled report made by {@link DocumentFixtures}. */
class OfficeXmlReaderTest {

    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    private SourceDocument read(String name, byte[] bytes) throws Exception {
        return ingestor.read(Files.write(dir.resolve(name), bytes));
    }

    @Test
    void aDocxCopyReadsAsTheText() throws Exception {
        SourceDocument txt = ingestor.read(PdfReaderTest.REPORT);
        SourceDocument docx = read("r.docx", DocumentFixtures.docx(PdfReaderTest.report(), 10, null, null));
        PdfReaderTest.assertSameText(txt.text(), docx.text());
        assertEquals("DOCX", docx.notes().charset());
        assertTrue(docx.pages().count() > 3, "pages " + docx.pages().count());
        assertEquals(docx.pages().count(), docx.page(docx.text().length() - 1).getAsInt());
    }

    @Test
    void tableRowsAreLinesWithCellsApartAndPropertiesAreRead() throws Exception {
        String text = "2024年主要指标\n指标|单位|目标\n地区生产总值增长|%|5.5\n一、总体要求\n";
        SourceDocument docx = read("t.docx", DocumentFixtures.docx(text, 100, "2024年政府工作报告", "办公室"));
        assertEquals("2024年主要指标\n指标 单位 目标\n地区生产总值增长 % 5.5\n一、总体要求", docx.text());
        assertEquals(DocumentProperties.of("2024年政府工作报告", "办公室", "2024-01-15"), docx.notes().properties());
    }

    @Test
    void anOdtCopyReadsAsTheText() throws Exception {
        SourceDocument txt = ingestor.read(PdfReaderTest.REPORT);
        SourceDocument odt = read("r.odt", DocumentFixtures.odt(PdfReaderTest.report(), 10));
        PdfReaderTest.assertSameText(txt.text(), odt.text());
        assertTrue(odt.pages().count() > 3);
    }

    @Test
    void aPasswordProtectedDocxIsRefusedWithWhatToDo() throws Exception {
        byte[] docx = DocumentFixtures.docx("一、总体要求\n", 10, null, null);
        IngestException e = assertThrows(IngestException.class,
                () -> read("locked.docx", DocumentFixtures.passwordProtect(docx, "secret")));
        assertEquals(WordBinaryReader.PROTECTED, e.reason());
    }

    @Test
    void aBrokenWordFileIsRefused() throws Exception {
        byte[] docx = DocumentFixtures.docx("一、总体要求\n", 10, null, null);
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
        String reason = assertThrows(IngestException.class, () -> read("cut.docx", cut)).reason();
        assertTrue(reason.startsWith("damaged document") || reason.startsWith("not a Word"), reason);
        byte[] ole = java.util.Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 600);
        reason = assertThrows(IngestException.class, () -> read("cut.doc", ole)).reason();
        assertTrue(reason.startsWith("damaged Word document"), reason);
    }

    @Test
    void rtfCopiesReadAsTheTextWhetherInTheCodePageOrInUnicode() throws Exception {
        SourceDocument txt = ingestor.read(PdfReaderTest.REPORT);
        for (boolean codePage : new boolean[] {true, false}) {
            // served as .doc, as sites do: read by what the file is
            SourceDocument rtf = read("r.doc", DocumentFixtures.rtf(PdfReaderTest.report(), 10, codePage,
                    "2023年上半年计划执行情况"));
            PdfReaderTest.assertSameText(txt.text(), rtf.text());
            assertEquals("RTF", rtf.notes().charset());
            assertTrue(rtf.pages().count() > 3);
            assertEquals(DocumentProperties.of("2023年上半年计划执行情况", "微软用户", "2024-01-15"),
                    rtf.notes().properties());
        }
        SourceDocument table = read("t.rtf", DocumentFixtures.rtf("指标|单位|目标\n增长|%|5.5\n", 10, true, ""));
        assertEquals("指标 单位 目标\n增长 % 5.5", table.text());
    }
}
