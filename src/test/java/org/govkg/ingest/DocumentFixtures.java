package org.govkg.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Makes PDF, DOCX and ODT copies of a report's text the way word processors lay them out, for tests:
 * nothing is committed, and no font is needed. The PDFs draw with STSong-Light, one of the CJK fonts
 * every PDF reader has built in (not embedded), through the predefined UniGB-UCS2-H encoding (character
 * codes are UCS-2, so the text layer maps back to Unicode without a ToUnicode map), every glyph one em
 * wide. Pages are A4 with 公文 margins; paragraphs begin indented by two characters and wrap at the
 * right margin (never inside a run of Latin letters and digits, nor at a space), so every line-end is a
 * line break the reader has to join.
 */
public final class DocumentFixtures {

    static final float WIDTH = 595;
    static final float HEIGHT = 842;
    static final float LEFT = 72;
    static final float TOP = 100;
    static final float SIZE = 12;
    static final float PITCH = 20;
    static final int LINES_PER_PAGE = 30;

    private DocumentFixtures() {
    }

    /** The layout of a PDF copy: columns, running head, footer with the page number, extras. */
    public record PdfOptions(int columns, String head, boolean pageNumbers, boolean unusableFont,
                             String title, String author, boolean noToUnicode) {
        public PdfOptions(int columns, String head, boolean pageNumbers, boolean unusableFont, String title,
                          String author) {
            this(columns, head, pageNumbers, unusableFont, title, author, false);
        }

        /** Glyph numbers of a font with an Identity ordering and no ToUnicode map: nothing maps back. */
        public PdfOptions withoutToUnicode() {
            return new PdfOptions(columns, head, pageNumbers, true, title, author, true);
        }

        public static PdfOptions plain() {
            return new PdfOptions(1, null, false, false, null, null);
        }

        public PdfOptions withHeadAndFooter(String runningHead) {
            return new PdfOptions(columns, runningHead, true, unusableFont, title, author);
        }

        public PdfOptions withColumns(int n) {
            return new PdfOptions(n, head, pageNumbers, unusableFont, title, author);
        }

        public PdfOptions withUnusableFont() {
            return new PdfOptions(columns, head, pageNumbers, true, title, author);
        }

        public PdfOptions withProperties(String t, String a) {
            return new PdfOptions(columns, head, pageNumbers, unusableFont, t, a);
        }
    }

    /** One placed line of a page: where it starts, its baseline from the top, its text. */
    record Placed(float x, float y, String text, float spacing) {
        Placed(float x, float y, String text) {
            this(x, y, text, 0);
        }
    }

    /** A PDF of {@code text}: each line of it a paragraph, laid out as {@code options} say. */
    public static byte[] pdf(String text, PdfOptions options) throws IOException {
        List<List<Placed>> pages = paginate(text, options);
        try (PDDocument doc = new PDDocument()) {
            COSDictionary font = options.noToUnicode() ? identityOrdering(stSong("Identity-H"))
                    : options.unusableFont() ? privateUseFont(text)
                    : identityMapped(stSong("UniGB-UCS2-H"), text + "— 0123456789" + headText(options));
            List<Integer> alphabet = options.unusableFont() ? text.chars().distinct().boxed().toList() : null;
            for (int p = 0; p < pages.size(); p++) {
                List<Placed> lines = new ArrayList<>(pages.get(p));
                if (options.head() != null) {
                    lines.add(new Placed(centred(options.head()), 56, options.head()));
                }
                if (options.pageNumbers()) {
                    String number = "— " + (p + 1) + " —";
                    lines.add(new Placed(centred(number), HEIGHT - 48, number));
                }
                doc.addPage(page(doc, font, lines, alphabet));
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(options.title());
            info.setAuthor(options.author());
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
            created.clear();
            created.set(2024, Calendar.JANUARY, 15, 9, 30);
            info.setCreationDate(created);
            return save(doc);
        }
    }

    private static String headText(PdfOptions options) {
        return options.head() == null ? "" : options.head();
    }

    /** A PDF whose one page is an image and has no text. */
    public static byte[] imageOnlyPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(120, 160, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < 160; y += 8) {
                for (int x = 10; x < 110; x++) {
                    scan.setRGB(x, y, 0);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, WIDTH, HEIGHT);
            }
            return save(doc);
        }
    }

    /** {@code pdf} encrypted: with a user password it cannot be opened without one. */
    public static byte[] encrypt(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static float centred(String s) {
        return (WIDTH - s.length() * SIZE) / 2;
    }

    /** The lines of every page: paragraphs wrapped to the column width, columns filled in turn. */
    static List<List<Placed>> paginate(String text, PdfOptions options) {
        float gutter = 2 * SIZE;
        float textWidth = WIDTH - 2 * LEFT;
        float columnWidth = (textWidth - (options.columns() - 1) * gutter) / options.columns();
        int perLine = (int) (columnWidth / SIZE);
        List<String> lines = new ArrayList<>();
        List<Boolean> indents = new ArrayList<>();
        List<Boolean> lasts = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean first = true;
            List<String> wrapped = wrap(p, perLine);
            for (int k = 0; k < wrapped.size(); k++) {
                lines.add(wrapped.get(k));
                indents.add(first);
                lasts.add(k == wrapped.size() - 1);
                first = false;
            }
        }
        List<List<Placed>> pages = new ArrayList<>();
        int perPage = LINES_PER_PAGE * options.columns();
        for (int start = 0; start < lines.size(); start += perPage) {
            List<Placed> page = new ArrayList<>();
            for (int i = start; i < Math.min(lines.size(), start + perPage); i++) {
                int k = i - start;
                int column = k / LINES_PER_PAGE;
                float indent = indents.get(i) ? 2 * SIZE : 0;
                float x = LEFT + column * (columnWidth + gutter) + indent;
                String line = lines.get(i);
                // justified: a paragraph's lines but the last are spread to the column's right edge
                float spacing = lasts.get(i) || line.length() < 2 ? 0
                        : (columnWidth - indent - line.length() * SIZE) / (line.length() - 1);
                page.add(new Placed(x, TOP + (k % LINES_PER_PAGE) * PITCH, line, spacing));
            }
            pages.add(page);
        }
        return pages;
    }

    /** {@code p} in lines of {@code perLine} characters, the first two shorter for the indent. */
    static List<String> wrap(String p, int perLine) {
        List<String> out = new ArrayList<>();
        int at = 0;
        int width = perLine - 2;
        while (at < p.length()) {
            int end = Math.min(p.length(), at + width);
            if (end < p.length()) {
                int cut = end;
                while (cut > at + 1 && (latin(p.charAt(cut - 1)) && latin(p.charAt(cut))
                        || p.charAt(cut) == ' ' || p.charAt(cut - 1) == ' ')) {
                    cut--;
                }
                end = cut > at + 1 ? cut : end;
            }
            out.add(p.substring(at, end));
            at = end;
            width = perLine;
        }
        return out;
    }

    private static boolean latin(char c) {
        return c < 0x0250 && Character.isLetterOrDigit(c) || c == '.' || c == '%';
    }

    private static PDPage page(PDDocument doc, COSDictionary font, List<Placed> lines, List<Integer> alphabet)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), PDFontFactory.createFont(font));
        page.setResources(resources);
        StringBuilder cs = new StringBuilder();
        for (Placed l : lines) {
            cs.append("BT /F1 ").append(SIZE).append(" Tf ").append(l.spacing()).append(" Tc 1 0 0 1 ")
                    .append(l.x()).append(' ')
                    .append(HEIGHT - l.y()).append(" Tm <");
            for (char c : l.text().toCharArray()) {
                int code = alphabet == null ? c : alphabet.indexOf((int) c) + 1;
                cs.append(String.format("%04X", code));
            }
            cs.append("> Tj ET\n");
        }
        byte[] content = cs.toString().getBytes(StandardCharsets.US_ASCII);
        page.setContents(new PDStream(doc, new ByteArrayInputStream(content)));
        return page;
    }

    /** The built-in STSong-Light (Adobe-GB1) as a composite font with the given predefined CMap. */
    private static COSDictionary stSong(String encoding) {
        COSDictionary cid = new COSDictionary();
        cid.setName(COSName.TYPE, "Font");
        cid.setName(COSName.SUBTYPE, "CIDFontType0");
        cid.setName(COSName.BASE_FONT, "STSong-Light");
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "GB1");
        info.setInt(COSName.SUPPLEMENT, 4);
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setName(COSName.TYPE, "FontDescriptor");
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        COSArray box = new COSArray();
        for (int v : new int[] {-25, -254, 1000, 880}) {
            box.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        COSDictionary font = new COSDictionary();
        font.setName(COSName.TYPE, "Font");
        font.setName(COSName.SUBTYPE, "Type0");
        font.setName(COSName.BASE_FONT, "STSong-Light-" + encoding);
        font.setName(COSName.ENCODING, encoding);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    private static COSDictionary identityOrdering(COSDictionary font) {
        COSDictionary cid = (COSDictionary) ((COSArray) font.getDictionaryObject(COSName.DESCENDANT_FONTS))
                .getObject(0);
        COSDictionary info = (COSDictionary) cid.getDictionaryObject(COSName.CIDSYSTEMINFO);
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        cid.setName(COSName.BASE_FONT, "ABCDEF+FZXBSJW--GB1-0");
        font.setName(COSName.BASE_FONT, "ABCDEF+FZXBSJW--GB1-0");
        return font;
    }

    /**
     * {@code font} with a ToUnicode map that sends the UCS-2 code of each character {@code text} uses to
     * itself, as PDFs written by word processors map the characters of their subset fonts.
     */
    private static COSDictionary identityMapped(COSDictionary font, String text) {
        int[] used = text.chars().distinct().sorted().toArray();
        StringBuilder map = new StringBuilder(CMAP_HEAD);
        for (int from = 0; from < used.length; from += 100) {
            int to = Math.min(used.length, from + 100);
            map.append(to - from).append(" beginbfchar\n");
            for (int i = from; i < to; i++) {
                map.append(String.format("<%04X> <%04X>%n", used[i], used[i]));
            }
            map.append("endbfchar\n");
        }
        font.setItem(COSName.TO_UNICODE, cmap(map.append(CMAP_TAIL).toString()));
        return font;
    }

    private static final String CMAP_HEAD = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            + "/CMapName /Fixture def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n";
    private static final String CMAP_TAIL = "endcmap CMapName currentdict /CMap defineresource pop end end\n";

    private static org.apache.pdfbox.cos.COSStream cmap(String text) {
        org.apache.pdfbox.cos.COSStream stream = new org.apache.pdfbox.cos.COSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return stream;
    }

    /**
     * The case of fonts subset by some 公文 tools: codes are glyph numbers (Identity-H) and the ToUnicode
     * map sends every one to a private-use code point, so the page looks right and the text is nothing.
     */
    private static COSDictionary privateUseFont(String text) {
        COSDictionary font = stSong("Identity-H");
        int n = (int) text.chars().distinct().count();
        StringBuilder map = new StringBuilder(CMAP_HEAD);
        for (int from = 1; from <= n; from += 100) {
            int to = Math.min(n, from + 99);
            map.append(to - from + 1).append(" beginbfchar\n");
            for (int c = from; c <= to; c++) {
                map.append(String.format("<%04X> <%04X>%n", c, 0xE000 + c));
            }
            map.append("endbfchar\n");
        }
        font.setItem(COSName.TO_UNICODE, cmap(map.append(CMAP_TAIL).toString()));
        return font;
    }

    // ---- Word ----

    /**
     * A DOCX of {@code text}: each line a paragraph; lines that hold {@code |} a table row with the parts
     * as cells; a page (as Word last rendered it) every {@code perPage} paragraphs.
     */
    public static byte[] docx(String text, int perPage, String title, String author) throws IOException {
        StringBuilder body = new StringBuilder();
        int n = 0;
        boolean inTable = false;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            boolean row = line.contains("|");
            if (row && !inTable) {
                body.append("<w:tbl><w:tblPr/>");
            } else if (!row && inTable) {
                body.append("</w:tbl>");
            }
            inTable = row;
            String pageBreak = n > 0 && n % perPage == 0 ? "<w:r><w:lastRenderedPageBreak/></w:r>" : "";
            n++;
            if (row) {
                body.append("<w:tr>");
                for (String cell : line.split("\\|")) {
                    body.append("<w:tc><w:p>").append(pageBreak).append(run(cell.strip()))
                            .append("</w:p></w:tc>");
                    pageBreak = "";
                }
                body.append("</w:tr>");
            } else {
                body.append("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs><w:ind "
                        + "w:firstLineChars=\"200\"/></w:pPr>").append(pageBreak).append(runs(line.strip()))
                        .append("</w:p>");
            }
        }
        if (inTable) {
            body.append("</w:tbl>");
        }
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
                + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType="
                + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"word/document.xml\"/></Relationships>");
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + w + "\"><w:body>" + body + "<w:sectPr/></w:body></w:document>");
        parts.put("docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
                + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                + (title == null ? "" : "<dc:title>" + escape(title) + "</dc:title>")
                + (author == null ? "" : "<dc:creator>" + escape(author) + "</dc:creator>")
                + "<dcterms:created>2024-01-15T01:30:00Z</dcterms:created></cp:coreProperties>");
        return zip(parts);
    }

    /** The text as runs the way Word splits them: at every change of script, with a revision mark. */
    private static String runs(String s) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 1; i <= s.length(); i++) {
            if (i == s.length() || latin(s.charAt(i)) != latin(s.charAt(i - 1))) {
                out.append(run(s.substring(from, i)));
                from = i;
            }
        }
        return out.toString();
    }

    private static String run(String s) {
        return "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">" + escape(s)
                + "</w:t></w:r>";
    }

    /** An ODT of {@code text}, each line a paragraph, a soft page break every {@code perPage} of them. */
    public static byte[] odt(String text, int perPage) throws IOException {
        StringBuilder body = new StringBuilder();
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            body.append("<text:p text:style-name=\"P1\">");
            if (n > 0 && n % perPage == 0) {
                body.append("<text:soft-page-break/>");
            }
            n++;
            body.append(escape(line.strip()).replace("  ", "<text:s text:c=\"2\"/>")).append("</text:p>");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text");
        parts.put("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office="
                + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:"
                + "opendocument:xmlns:text:1.0\"><office:body><office:text>" + body
                + "</office:text></office:body></office:document-content>");
        return zip(parts);
    }

    /**
     * An RTF of {@code text}, each line a paragraph ({@code |} separates table cells), a {@code \page}
     * every {@code perPage} of them. {@code codePage}: as Word writes it, {@code \ansicpg936} with each
     * GBK character as {@code \'hh\'hh} (others as <code>&#92;uN?</code>); else as AbiWord does, every
     * non-ASCII character <code>&#92;uN</code> with a {@code ?} fallback.
     */
    public static byte[] rtf(String text, int perPage, boolean codePage, String title) {
        java.nio.charset.CharsetEncoder gbk = java.nio.charset.Charset.forName("GBK").newEncoder();
        StringBuilder out = new StringBuilder(codePage ? "{\\rtf1\\ansi\\ansicpg936\\deff0"
                : "{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1");
        out.append("{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}{\\colortbl;\\red0\\green0\\blue0;}");
        out.append("{\\info{\\title ").append(escapeRtf(title, codePage, gbk))
                .append("}{\\author ").append(escapeRtf("微软用户", codePage, gbk))
                .append("}{\\creatim\\yr2024\\mo1\\dy15\\hr9\\min30}}");
        out.append("{\\header \\pard 人民政府公报\\par}\n");
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (n > 0 && n % perPage == 0) {
                out.append("\\page ");
            }
            n++;
            if (line.contains("|")) {
                out.append("\\trowd ");
                for (String cell : line.split("\\|")) {
                    out.append("\\pard\\intbl ").append(escapeRtf(cell.strip(), codePage, gbk))
                            .append("\\cell ");
                }
                out.append("\\row\n");
            } else {
                out.append("\\pard\\fi420 ").append(escapeRtf(line.strip(), codePage, gbk)).append("\\par\n");
            }
        }
        return out.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String escapeRtf(String s, boolean codePage, java.nio.charset.CharsetEncoder gbk) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                out.append('\\').append(c);
            } else if (c < 0x80) {
                out.append(c);
            } else if (codePage && gbk.canEncode(c)) {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.Charset.forName("GBK"))) {
                    out.append(String.format("\\'%02x", b & 0xFF));
                }
            } else {
                out.append("\\u").append((int) (short) c).append('?');
            }
        }
        return out.toString();
    }

    /** {@code docx} encrypted with a password the way Word does it: an OLE2 file with EncryptedPackage. */
    public static byte[] passwordProtect(byte[] docx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
