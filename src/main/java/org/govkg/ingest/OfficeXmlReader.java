package org.govkg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.govkg.text.DocumentProperties;

/**
 * Reads DOCX (WordprocessingML) and ODT (OpenDocument text): both are zipped XML, read here with the
 * JDK's StAX. Paragraphs become lines; table rows become lines with their cells a space apart, as HTML
 * tables are; tracked deletions, field codes, footnotes, comments and the fallback copies of text
 * boxes are left out; headers and footers live in parts of their own and are never read. A page
 * begins where Word last rendered one ({@code w:lastRenderedPageBreak}) or, in a file never rendered,
 * at each hard page break; in ODT at each {@code text:soft-page-break}.
 * <p>Title, author and creation date come from {@code docProps/core.xml} or {@code meta.xml}.
 */
final class OfficeXmlReader {

    private static final int MAX_PART = 256 * 1024 * 1024;

    private OfficeXmlReader() {
    }

    /** The text of a DOCX or ODT file; any other zip archive is refused. */
    static ExtractedText read(Path path, byte[] bytes) throws IngestException {
        Map<String, byte[]> parts;
        try {
            parts = unzip(bytes);
        } catch (IOException | IllegalArgumentException e) {
            throw new IngestException(path, "damaged document (zip): " + IngestException.describe(e), e);
        }
        try {
            byte[] manifest = parts.get("META-INF/manifest.xml");
            if (manifest != null && new String(manifest, StandardCharsets.UTF_8)
                    .contains("encryption-data")) {
                throw new IngestException(path, WordBinaryReader.PROTECTED);
            }
            if (parts.containsKey("content.xml")) {
                Body body = new Body(false);
                parse(parts.get("content.xml"), body);
                return new ExtractedText("ODT", body.text(), body.pages(), meta(parts.get("meta.xml"),
                        "initial-creator", "creation-date"), List.of());
            }
            String main = mainPart(parts);
            if (main == null) {
                throw new IngestException(path, "not a Word (.docx) or OpenDocument (.odt) text document");
            }
            Body body = new Body(true);
            parse(parts.get(main), body);
            return new ExtractedText("DOCX", body.text(), body.pages(),
                    meta(parts.get("docProps/core.xml"), "creator", "created"), List.of());
        } catch (XMLStreamException | RuntimeException e) {
            throw new IngestException(path, "damaged document: " + IngestException.describe(e), e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    byte[] data = zip.readNBytes(MAX_PART);
                    parts.put(name.startsWith("/") ? name.substring(1) : name, data);
                }
            }
        }
        if (parts.isEmpty()) {
            throw new IOException("no XML parts");
        }
        return parts;
    }

    /** The main document part named by the package relationships, else the usual word/document.xml. */
    private static String mainPart(Map<String, byte[]> parts) throws XMLStreamException {
        byte[] rels = parts.get("_rels/.rels");
        if (rels != null) {
            XMLStreamReader r = reader(rels);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")
                        && String.valueOf(r.getAttributeValue(null, "Type")).endsWith("/officeDocument")) {
                    String target = r.getAttributeValue(null, "Target");
                    String name = target.startsWith("/") ? target.substring(1) : target;
                    if (parts.containsKey(name)) {
                        return name;
                    }
                }
            }
        }
        return parts.containsKey("word/document.xml") ? "word/document.xml" : null;
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException e) {
            // not every StAX implementation knows the JAXP property; DTDs are off anyway
        }
        InputStream in = new ByteArrayInputStream(xml);
        return f.createXMLStreamReader(in);
    }

    /** Title (dc:title), author and date of a core.xml or meta.xml part. */
    private static DocumentProperties meta(byte[] xml, String creator, String created)
            throws XMLStreamException {
        if (xml == null) {
            return DocumentProperties.NONE;
        }
        Map<String, String> values = new HashMap<>();
        XMLStreamReader r = reader(xml);
        String element = null;
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                element = r.getLocalName();
                text.setLength(0);
            } else if (event == XMLStreamConstants.CHARACTERS && element != null) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT && element != null) {
                values.putIfAbsent(element, text.toString());
                element = null;
            }
        }
        String author = values.getOrDefault(creator, values.get("creator"));
        String date = values.get(created);
        return DocumentProperties.of(values.get("title"), author, DocumentProperties.dateOf(date));
    }

    private static void parse(byte[] xml, Body body) throws XMLStreamException {
        XMLStreamReader r = reader(xml);
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                body.start(r.getLocalName(), r);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                body.end(r.getLocalName());
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                body.characters(r.getText());
            }
        }
    }

    /** The text being written, with table and skip state; element names are the same in both formats. */
    private static final class Body {
        private final boolean docx;
        private final StringBuilder out = new StringBuilder();
        private final List<Integer> rendered = new ArrayList<>();
        private final List<Integer> hard = new ArrayList<>();
        private int skip;
        private int text;
        private int paragraphs;
        private int tables;
        private boolean cellStarted;
        private boolean rowStarted;

        Body(boolean docx) {
            this.docx = docx;
        }

        void start(String name, XMLStreamReader r) {
            if (skip > 0 || skipped(name)) {
                skip++;
                return;
            }
            switch (name) {
                case "p", "h" -> {
                    paragraphs++;
                    if (tables > 0 && cellStarted) {
                        space();
                    }
                }
                case "t" -> text++;
                case "tab" -> {
                    if (paragraphs > 0) {
                        out.append(' ');
                    }
                }
                case "br", "cr", "line-break" -> {
                    if (docx && "page".equals(r.getAttributeValue(r.getNamespaceURI(), "type"))) {
                        hard.add(out.length());
                    } else if (paragraphs > 0) {
                        out.append(tables > 0 ? ' ' : '\n');
                    }
                }
                case "pageBreakBefore" -> hard.add(out.length());
                case "lastRenderedPageBreak", "soft-page-break" -> rendered.add(out.length());
                case "noBreakHyphen" -> out.append('-');
                case "s" -> {
                    String c = r.getAttributeValue(r.getNamespaceURI(), "c");
                    out.append(" ".repeat(c == null ? 1 : Math.max(1, Math.min(100, parse(c)))));
                }
                case "tbl", "table" -> tables++;
                case "tr", "table-row" -> rowStarted = false;
                case "tc", "table-cell" -> {
                    if (rowStarted) {
                        out.append(' ');
                    }
                    rowStarted = true;
                    cellStarted = false;
                }
                default -> {
                }
            }
        }

        private static int parse(String n) {
            try {
                return Integer.parseInt(n.strip());
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        /** Elements whose content a reader does not see as the document's text. */
        private boolean skipped(String name) {
            return docx ? switch (name) {
                case "del", "delText", "instrText", "Fallback", "footnoteReference", "endnoteReference",
                     "commentReference", "tabs" -> true;
                default -> false;
            } : switch (name) {
                case "note", "annotation", "tracked-changes", "covered-table-cell", "sequence-decls" -> true;
                default -> false;
            };
        }

        void end(String name) {
            if (skip > 0) {
                skip--;
                return;
            }
            switch (name) {
                case "p", "h" -> {
                    if (paragraphs > 0) {
                        paragraphs--;
                        if (tables == 0) {
                            newline();
                        } else {
                            cellStarted = true;
                        }
                    }
                }
                case "t" -> text--;
                case "tbl", "table" -> tables--;
                case "tr", "table-row" -> {
                    trimSpaces();
                    newline();
                    rowStarted = false;
                }
                default -> {
                }
            }
        }

        void characters(String s) {
            if (skip == 0 && (docx ? text > 0 : paragraphs > 0)) {
                out.append(s);
            }
        }

        private void space() {
            char last = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
            if (last != ' ' && last != '\n') {
                out.append(' ');
            }
        }

        private void trimSpaces() {
            int n = out.length();
            while (n > 0 && out.charAt(n - 1) == ' ') {
                n--;
            }
            out.setLength(n);
        }

        private void newline() {
            trimSpaces();
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        String text() {
            return out.toString();
        }

        Pages pages() {
            List<Integer> breaks = rendered.isEmpty() ? hard : rendered;
            int[] starts = new int[breaks.size() + 1];
            for (int i = 0; i < breaks.size(); i++) {
                starts[i + 1] = Math.max(starts[i], breaks.get(i));
            }
            return new Pages(starts);
        }
    }
}
