package org.govkg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.govkg.text.DocumentProperties;

/**
 * Reads OLE2 compound files: legacy Word 97-2003 documents (.doc, and the .wps files WPS Office saves in
 * that format) with Apache POI's HWPF, paragraph by paragraph, table rows on one line with their cells a
 * space apart; a page begins after each hard page break. An OLE2 file that wraps an encrypted DOCX (what
 * Word writes for a password-protected .docx) is refused as protected.
 */
final class WordBinaryReader {

    static final String PROTECTED = "document is protected with a password; open it, remove the password "
            + "(File > Info > Protect Document) and save a copy, then build that";

    private WordBinaryReader() {
    }

    static ExtractedText read(Path path, byte[] bytes) throws IngestException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw new IngestException(path, PROTECTED);
            }
            if (!root.hasEntry("WordDocument")) {
                throw new IngestException(path, "not a Word document (an OLE2 file without Word text)");
            }
            HWPFDocument doc = new HWPFDocument(root);
            List<Integer> breaks = new ArrayList<>();
            String text = text(doc.getRange(), breaks);
            int[] starts = new int[breaks.size() + 1];
            for (int i = 0; i < breaks.size(); i++) {
                starts[i + 1] = breaks.get(i);
            }
            return new ExtractedText("DOC", text, new Pages(starts), properties(doc.getSummaryInformation()),
                    List.of());
        } catch (EncryptedDocumentException e) {
            throw new IngestException(path, PROTECTED, e);
        } catch (OldWordFileFormatException e) {
            throw new IngestException(path, "Word 6/95 document, too old to read; save it as .docx and build "
                    + "that", e);
        } catch (IOException | RuntimeException e) {
            throw new IngestException(path, "damaged Word document: " + IngestException.describe(e), e);
        }
    }

    private static String text(Range range, List<Integer> breaks) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            String t = Range.stripFields(p.text());
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                switch (c) {
                    case '\f' -> breaks.add(out.length());
                    case '\u0007' -> out.append(' ');
                    case '\r', '\u000B', '\n' -> out.append('\n');
                    case '\t' -> out.append(' ');
                    default -> {
                        if (c >= 0x20) {
                            out.append(c);
                        }
                    }
                }
            }
            if (p.isInTable() && !p.isTableRowEnd()) {
                // a cell's paragraphs run on: the row is one line
                while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                    out.setLength(out.length() - 1);
                    out.append(' ');
                }
            }
        }
        return out.toString();
    }

    private static DocumentProperties properties(SummaryInformation info) {
        if (info == null) {
            return DocumentProperties.NONE;
        }
        Date created = info.getCreateDateTime();
        return DocumentProperties.of(info.getTitle(), info.getAuthor(),
                created == null ? null : DocumentProperties.dateOf(created.toInstant()));
    }
}
