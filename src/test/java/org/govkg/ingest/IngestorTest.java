package org.govkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of whole files: charsets, bad input, and the bundled corpus. */
class IngestorTest {

    private static final Path CORPUS = Path.of("corpus");
    private final Ingestor ingestor = new Ingestor();

    @TempDir
    Path dir;

    private String reason(Path p) {
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(p));
        assertEquals(p, e.path());
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        return e.reason();
    }

    @Test
    void missingFile() {
        assertEquals("no such file", reason(dir.resolve("nope.txt")));
    }

    @Test
    void directoryIsNotAFile() {
        assertEquals("is a directory", reason(dir));
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("empty file", reason(Files.write(dir.resolve("empty.txt"), new byte[0])));
    }

    @Test
    void blankFileHasNoText() throws IOException {
        assertEquals("no text", reason(Files.writeString(dir.resolve("blank.txt"), " \n\u3000\n")));
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D',
            'R'};
        assertEquals("binary file (NUL bytes; not UTF-8, UTF-16 or UTF-32 text)",
                reason(Files.write(dir.resolve("picture.txt"), bytes)));
    }

    @Test
    void undecodableBytes() throws IOException {
        byte[] bytes = "报告 ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xFF;
        bad[bytes.length + 1] = (byte) 0xFF;
        bad[bytes.length + 2] = (byte) 0x80;
        assertEquals("cannot decode as UTF-8, GB18030 or Big5",
                reason(Files.write(dir.resolve("bad.txt"), bad)));
    }

    @Test
    void utf8WithOneBrokenByteIsStillUtf8() throws IOException, IngestException {
        String text = Files.readString(CORPUS.resolve("000_4857e87b87500622.txt"));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length / 2] = (byte) 0xFF;
        SourceDocument d = ingestor.read(Files.write(dir.resolve("broken.txt"), bytes));
        assertEquals("UTF-8", d.notes().charset());
        assertEquals(text.strip().length(), d.text().length(), 2);
    }

    @Test
    void unreadableFile() throws IOException {
        Path p = Files.writeString(dir.resolve("secret.txt"), "政府工作报告");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(p), "running as a user who can read any file (root)");
            assertEquals("unreadable: permission denied", reason(p));
        } finally {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void byteOrderMarks() throws IOException, IngestException {
        String text = "清远市清城区人民政府工作报告\n";
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8));
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        SourceDocument a = ingestor.read(Files.write(dir.resolve("a.txt"), utf8));
        SourceDocument b = ingestor.read(Files.write(dir.resolve("b.txt"), le));
        SourceDocument c = ingestor.read(Files.write(dir.resolve("c.txt"), be));
        assertEquals("清远市清城区人民政府工作报告", a.text());
        assertEquals("UTF-8", a.notes().charset());
        assertEquals(a.text(), b.text());
        assertEquals("UTF-16LE", b.notes().charset());
        assertEquals(a.text(), c.text());
        assertEquals("UTF-16BE", c.notes().charset());
        assertEquals(0, a.offsets().toOriginal(0));
    }

    @Test
    void gb18030CopyIngestsLikeTheOriginal() throws IOException, IngestException {
        Path original = CORPUS.resolve("001_786932ba7b77b50b.txt");
        String text = Files.readString(original);
        Path copy = Files.write(dir.resolve("gb.txt"), text.getBytes(Charset.forName("GB18030")));
        SourceDocument a = ingestor.read(original);
        SourceDocument b = ingestor.read(copy);
        assertEquals("GB18030", b.notes().charset());
        assertEquals(a.text(), b.text());
    }

    @Test
    void gbkCopyOfTraditionalReportIsNotMistakenForBig5() throws IOException, IngestException {
        String text = roundTripping(Files.readString(CORPUS.resolve("003_ab862bf384cb27d5.txt")),
                Charset.forName("GBK"));
        Path utf8 = Files.writeString(dir.resolve("u.txt"), text);
        Path gbk = Files.write(dir.resolve("g.txt"), text.getBytes(Charset.forName("GBK")));
        SourceDocument b = ingestor.read(gbk);
        assertEquals("GB18030", b.notes().charset());
        assertEquals(ingestor.read(utf8).text(), b.text());
    }

    @Test
    void big5CopyIngestsLikeTheOriginal() throws IOException, IngestException {
        String text = roundTripping(Files.readString(CORPUS.resolve("003_ab862bf384cb27d5.txt")),
                Charset.forName("Big5"));
        assertTrue(text.length() > 12_000, "most of 003 round-trips through Big5: " + text.length());
        Path utf8 = Files.writeString(dir.resolve("u.txt"), text);
        Path big5 = Files.write(dir.resolve("b.txt"), text.getBytes(Charset.forName("Big5")));
        SourceDocument a = ingestor.read(utf8);
        SourceDocument b = ingestor.read(big5);
        assertEquals("Big5", b.notes().charset());
        assertTrue(b.notes().traditional());
        assertEquals(a.text(), b.text());
        assertTrue(b.text().startsWith("政 府 工 作 报 告\n——2023年2月22日在连州市第十六届"), b.text().substring(0, 40));
    }

    @Test
    void simplifiedReportIsNotConverted() throws IOException, IngestException {
        SourceDocument d = ingestor.read(CORPUS.resolve("000_4857e87b87500622.txt"));
        assertFalse(d.notes().traditional());
        assertEquals(d.original().strip(), d.text());
    }

    @Test
    void traditionalReportIsConvertedAndRepaired() throws IOException, IngestException {
        SourceDocument d = ingestor.read(CORPUS.resolve("003_ab862bf384cb27d5.txt"));
        assertTrue(d.notes().traditional());
        assertEquals(4, d.notes().repairedSegments());
        assertEquals(7, d.notes().unrepairedSegments());
        int at = d.text().indexOf("难问题。“依托县域医共体");
        assertTrue(at > 0, "repaired and converted");
        assertEquals("難問題",
                d.original().substring(d.offsets().toOriginal(at), d.offsets().toOriginal(at + 3)));
        assertFalse(d.text().contains("/span>"));
    }

    @Test
    void offsetsPointAtTheSameCharactersInTheOriginal() throws IOException, IngestException {
        SourceDocument d = ingestor.read(CORPUS.resolve("001_786932ba7b77b50b.txt"));
        String text = d.text();
        assertFalse(text.contains("**") || text.contains("^{"));
        int mismatches = 0;
        for (int i = 0; i < text.length(); i++) {
            char o = d.original().charAt(d.offsets().toOriginal(i));
            char n = text.charAt(i);
            boolean widened = o >= '\uFF10' && o <= '\uFF5A' && n == o - 0xFEE0 || o == '\u3000' && n == ' ';
            if (o != n && !widened) {
                mismatches++;
            }
        }
        assertEquals(0, mismatches);
        assertEquals(d.original().length(), d.offsets().toOriginal(text.length()));
    }

    @Test
    void chromeOfScrapedPagesIsRemoved() throws IOException, IngestException {
        SourceDocument d002 = ingestor.read(CORPUS.resolve("002_e905bd3ca9a86395.txt"));
        SourceDocument d004 = ingestor.read(CORPUS.resolve("004_e8b3fd3235ee7de3.txt"));
        assertTrue(d002.text().startsWith("清远市清新区2023年上半年国民经济和社会发展计划执行情况\n"));
        assertTrue(d002.text().endsWith("残联等工作。"), d002.text().substring(d002.text().length() - 20));
        assertTrue(d004.text().startsWith("连州市2020年上半年国民经济和社会发展计划执行情况的报告\n"));
        assertTrue(d004.text().endsWith("为高质量发展提供有力支撑。"));
        for (String chrome : List.of("无障碍", "您现在的位置", "点击", "版权所有", "ICP", "自动跳转", "底部",
                "浏览次数", "头部")) {
            assertFalse(d002.text().contains(chrome) || d004.text().contains(chrome), chrome);
        }
        assertEquals(12, Ingestor.chromeLines(d002.original(), false));
        assertEquals(3, Ingestor.chromeLines(d004.original(), false));
        for (String body : List.of("000_4857e87b87500622.txt", "001_786932ba7b77b50b.txt",
                "003_ab862bf384cb27d5.txt")) {
            assertEquals(0, Ingestor.chromeLines(Files.readString(CORPUS.resolve(body)), false), body);
        }
    }

    @Test
    void htmlPage() throws IOException, IngestException {
        String page = "<!DOCTYPE html><html><head><title>站点</title><style>p{}</style></head><body>"
                + "<nav>首页 | 政府信息公开</nav><div class=\"crumb\">您现在的位置: 首页 &gt; 计划规划</div>"
                + "<div class=\"menu\"><a href=\"/\">首页</a> | <a href=\"/zw\">政务公开</a></div>"
                + "<h1><a href=\"#\">连州市2020年工作报告</a></h1><p>一、回顾&nbsp;<b>过去</b>一年。</p>"
                + "<script>var x=1;</script><p>推进&ldquo;<a href=\"#\">百千万工程</a>&rdquo;。<br>第二行</p>"
                + "<div>版权所有 连州市人民政府</div></body></html>";
        Path p = Files.writeString(dir.resolve("page.html"), page);
        SourceDocument d = ingestor.read(p);
        assertTrue(d.notes().html());
        assertEquals("连州市2020年工作报告\n一、回顾 过去一年。\n推进“百千万工程”。\n第二行", d.text());
        int at = d.text().indexOf("过去");
        assertEquals(page.indexOf("过去"), d.offsets().toOriginal(at));
        int quote = d.text().indexOf('“');
        assertEquals(page.indexOf("&ldquo;"), d.offsets().toOriginal(quote));
    }

    @Test
    void parallelReadsGiveTheSameTextsAsSequentialOnes() throws Exception {
        List<Path> files;
        try (var list = Files.list(CORPUS)) {
            files = list.sorted().toList();
        }
        List<String> sequential = new ArrayList<>();
        for (Path f : files) {
            sequential.add(ingestor.read(f).text());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path f : files) {
                    futures.add(pool.submit(() -> ingestor.read(f).text()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % files.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String roundTripping(String text, Charset charset) {
        return text.lines().filter(l -> new String(l.getBytes(charset), charset).equals(l))
                .collect(Collectors.joining("\n"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static final String REPORT = "清远市2024年政府工作报告\n今年全面实施百千万工程，推进清远大道改造工程建设。\n";

    @Test
    void utf32AndBomLessUtf16AndUtf32AreReadAsSuch() throws Exception {
        byte[] le32 = REPORT.getBytes(Charset.forName("UTF-32LE"));
        byte[] withBom = new byte[le32.length + 4];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le32, 0, withBom, 4, le32.length);
        byte[] be32 = REPORT.getBytes(Charset.forName("UTF-32BE"));
        byte[] be32Bom = new byte[be32.length + 4];
        be32Bom[2] = (byte) 0xFE;
        be32Bom[3] = (byte) 0xFF;
        System.arraycopy(be32, 0, be32Bom, 4, be32.length);
        String[][] cases = {{"UTF-32LE", "a.txt"}, {"UTF-32BE", "b.txt"}, {"UTF-32LE", "c.txt"},
            {"UTF-16LE", "d.txt"}, {"UTF-16BE", "e.txt"}};
        byte[][] bytes = {withBom, be32Bom, le32, REPORT.getBytes(StandardCharsets.UTF_16LE),
            REPORT.getBytes(StandardCharsets.UTF_16BE)};
        for (int k = 0; k < cases.length; k++) {
            SourceDocument d = ingestor.read(Files.write(dir.resolve(cases[k][1]), bytes[k]));
            assertEquals(cases[k][0], d.notes().charset(), cases[k][1]);
            assertEquals(REPORT.strip(), d.text(), cases[k][1]);
        }
    }

    @Test
    void aStrayNulIsDamageNotABinaryFile() throws Exception {
        byte[] b = REPORT.replace("今年", "今\u0000年").getBytes(StandardCharsets.UTF_8);
        SourceDocument d = ingestor.read(Files.write(dir.resolve("nul.txt"), b));
        assertTrue(d.text().contains("今年全面实施"), d.text());
    }

    @Test
    void invisibleCharactersGoAndDamagedBytesBreakTheLineWithOffsetsKept() throws Exception {
        String text = "实施百\u202E县千镇万村\u200B高质量\u0007发展工程。推进清远\uFFFD\uFFFD大道改造工程。";
        SourceDocument d = ingestor.read(Files.writeString(dir.resolve("inv.txt"), text));
        assertEquals("实施百县千镇万村高质量发展工程。推进清远\n大道改造工程。", d.text());
        int at = d.text().indexOf('县');
        assertEquals('县', d.original().charAt(d.offsets().toOriginal(at)));
        int after = d.text().indexOf("大道");
        assertEquals('大', d.original().charAt(d.offsets().toOriginal(after)));
    }

    @Test
    void unknownTagsGoAndAStrayAngleBracketOpensNothing() throws Exception {
        String text = "推进<textarea>百千万工程</textarea>和<foo-bar x=1>清远磁浮工程，PM2.5<35。";
        SourceDocument d = ingestor.read(Files.writeString(dir.resolve("tags.txt"), text));
        assertEquals("推进百千万工程和清远磁浮工程，PM2.5〈35。", d.text());
    }

    @Test
    void pinyinGlossesGoAlsoAfterASpaceOrWithCombiningTones() throws Exception {
        String text = "实施百千万工(gōng)程(chéng)，推进改造工 (gōng)程和工(go\u0304ng)程(che\u035Fng)，用好APP(app)。";
        SourceDocument d = ingestor.read(Files.writeString(dir.resolve("py.txt"), text));
        assertEquals("实施百千万工程，推进改造工程和工程，用好APP(app)。", d.text());
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), REPORT.repeat(100));
        IngestException e = assertThrows(IngestException.class, () -> new Ingestor(1000).read(big));
        assertEquals(IngestException.TOO_LARGE, e.id());
        assertEquals("10.8 KB, more than the limit of 1000 bytes (--max-size); not read", e.reason());
        assertTrue(new Ingestor(1 << 20).read(big).text().startsWith("清远市2024年"));
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo not available");
        assertEquals("not a regular file: a FIFO (named pipe), not read", reason(fifo));
    }
}
