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
        assertEquals("binary file", reason(Files.write(dir.resolve("picture.txt"), bytes)));
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
}
