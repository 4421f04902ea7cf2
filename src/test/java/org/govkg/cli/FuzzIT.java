package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a seeded generator makes a few hundred hostile inputs from pieces of the bundled corpus
 * (truncations at random bytes, also inside a UTF-8 sequence; byte flips; mixed and wide encodings;
 * pathological repetition; long lists; control, bidi and zero-width characters; unknown tags; pinyin
 * glosses) and builds them at once. The build must end (no hang), report no build#ERROR, give a reason
 * for every skip, validate, and no label may hold a control, bidi or zero-width character, U+FFFD, a
 * {@code <} or a parenthesised pinyin syllable.
 */
class FuzzIT {

    private static final long SEED = 14;
    private static final int INPUTS = 200;
    private static final String[] INVISIBLE = {"\u202E", "\u202D", "\u2066", "\u2069", "\u200B", "\u200D",
        "\u2060", "\uFEFF", "\u0007", "\u001B", "\u0000", "\u0085", "\u00AD"};
    private static final String[] TAGS = {"<textarea>", "</textarea>", "<foo-bar x=1>", "</zz>", "<x:y>",
        "<marquee behavior=alternate>", "<legend id=\"a\"></legend>", "<", "<b", "</"};
    private static final String[] GLOSSES = {"(gōng)", "(chéng)", "（jiàn）", "(shè4)", " (qū)", "(ZHÈN)",
        "(go\u0304ng)"};
    private static final Pattern PINYIN = Pattern.compile("[(（][A-Za-zü]*"
            + "[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ1-5\u0300-\u036F][A-Za-zü\u0300-\u036F]*[1-5]?[)）]");

    private final Random random = new Random(SEED);

    private String piece(List<String> corpus) {
        String doc = corpus.get(random.nextInt(corpus.size()));
        int start = random.nextInt(Math.max(1, doc.length() - 1500));
        return doc.substring(start, Math.min(doc.length(), start + 200 + random.nextInt(600)));
    }

    private String insertAtRandom(String s, String[] what, int times) {
        StringBuilder sb = new StringBuilder(s);
        for (int k = 0; k < times && sb.length() > 0; k++) {
            int at = random.nextInt(sb.length());
            if (Character.isLowSurrogate(sb.charAt(at))) {
                at--;
            }
            sb.insert(at, what[random.nextInt(what.length)]);
        }
        return sb.toString();
    }

    /** Glosses after Han characters, where ruby markup puts them. */
    private String glossed(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && random.nextInt(6) == 0) {
                sb.append(GLOSSES[random.nextInt(GLOSSES.length)]);
            }
        }
        return sb.toString();
    }

    private String text(List<String> corpus) {
        String s = piece(corpus);
        switch (random.nextInt(8)) {
            case 0 -> s = s + "\n" + "清远市清城区东城街道".repeat(100 + random.nextInt(700));
            case 1 -> {
                StringBuilder list = new StringBuilder("今年推进");
                int n = 30 + random.nextInt(300);
                for (int i = 0; i < n; i++) {
                    list.append(i == 0 ? "" : "、").append("清远第").append(i).append("号道路改造工程");
                }
                s = s + "\n" + list.append(random.nextBoolean() ? "等一批重点项目建设。" : "。");
            }
            case 2 -> s = insertAtRandom(s, INVISIBLE, 5 + random.nextInt(40));
            case 3 -> s = insertAtRandom(s, TAGS, 3 + random.nextInt(20));
            case 4 -> s = glossed(s);
            case 5 -> s = insertAtRandom(s, new String[] {"\uFFFD", "\uFFFD\uFFFD\uFFFD"},
                    1 + random.nextInt(5));
            default -> {
                // everything at once, lightly
                s = glossed(insertAtRandom(insertAtRandom(s, INVISIBLE, 5), TAGS, 3));
            }
        }
        return s;
    }

    private byte[] encode(String s) {
        switch (random.nextInt(10)) {
            case 0:
                return s.getBytes(Charset.forName("GB18030"));
            case 1:
                return s.getBytes(Charset.forName("Big5"));
            case 2:
                return withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE));
            case 3:
                return s.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE
                        : StandardCharsets.UTF_16BE);
            case 4:
                return withBom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
                        s.getBytes(Charset.forName("UTF-32BE")));
            case 5:
                return s.getBytes(Charset.forName("UTF-32LE"));
            case 6: {
                // mixed: a GBK half after a UTF-8 half
                int half = s.length() / 2;
                if (half > 0 && Character.isLowSurrogate(s.charAt(half))) {
                    half--;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(s.substring(0, half).getBytes(StandardCharsets.UTF_8));
                out.writeBytes(s.substring(half).getBytes(Charset.forName("GBK")));
                return out.toByteArray();
            }
            default:
                return s.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    private byte[] damage(byte[] b) {
        if (b.length < 4) {
            return b;
        }
        int kind = random.nextInt(4);
        if (kind == 0) {
            // truncated at a random byte: often inside a multi-byte sequence
            return java.util.Arrays.copyOf(b, 1 + random.nextInt(b.length - 1));
        }
        if (kind == 1) {
            byte[] c = b.clone();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                c[random.nextInt(c.length)] ^= (byte) (1 + random.nextInt(255));
            }
            return c;
        }
        return b;
    }

    @Test
    void hostileInputsBuildWithReasonsAndCleanLabels(@TempDir Path tmp) throws Exception {
        List<String> corpus = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.sorted().toList()) {
                corpus.add(Files.readString(f));
            }
        }
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < INPUTS; i++) {
            String name = String.format(Locale.ROOT, "f%03d.%s", i, random.nextInt(5) == 0 ? "html" : "txt");
            String text = text(corpus);
            if (name.endsWith(".html")) {
                text = "<html><body><p>" + text.replace("\n", "</p><p>") + "</p></body></html>";
            }
            Files.write(in.resolve(name), damage(encode(text)));
        }
        Path out = tmp.resolve("out");

        CliRun build = assertTimeoutPreemptively(Duration.ofMinutes(10), () -> CliRun.govkg("build",
                in.toString(), "-o", out.toString(), "-t", "2", "--doc-timeout", "120s"));

        assertFalse(build.err().contains("#ERROR"), build.err());
        long built = build.err().lines().filter(l -> l.matches("\\[\\d+/\\d+\\] .+: \\d+ sentences.*"))
                .count();
        List<String> skipped = build.err().lines().filter(l -> l.startsWith("build#")).toList();
        for (String line : skipped) {
            assertTrue(line.matches("build#[A-Z-]+ \\S.*\\.(txt|html): \\S.*"), "no reason: " + line);
        }
        assertEquals(INPUTS, built + skipped.size(), build.err());
        assertTrue(built > INPUTS / 2, build.err());
        assertEquals(0, CliRun.govkg("validate", "-d", out.toString()).code());
        List<String> rows = Files.readAllLines(out.resolve("entities.tsv"), StandardCharsets.UTF_8);
        assertTrue(rows.size() > 100, rows.size() + " rows");
        for (String row : rows.subList(1, rows.size())) {
            String label = row.split("\t", -1)[3];
            label.codePoints().forEach(cp -> {
                int type = Character.getType(cp);
                assertFalse(type == Character.CONTROL || type == Character.FORMAT || cp == 0xFFFD
                        || cp == '<',
                        String.format(Locale.ROOT, "U+%04X in label %s", cp, label));
            });
            assertFalse(PINYIN.matcher(label).find(), "pinyin in label " + label);
        }
        // The suite prints nothing when green; with -Dfuzz.report=true the run says what it met.
        if (Boolean.getBoolean("fuzz.report")) {
            String summary = build.err().lines().filter(l -> l.startsWith("built ")).findFirst().orElse("");
            System.out.printf(Locale.ROOT, "fuzz: %d inputs, %d built, %d skipped, %d entity rows; %s%n",
                    INPUTS, built, skipped.size(), rows.size() - 1, summary);
            skipped.stream().map(l -> l.replaceAll("^(build#\\S+) \\S+: ", "$1 ").replaceAll("\\d+", "N"))
                    .collect(java.util.stream.Collectors.groupingBy(l -> l, java.util.TreeMap::new,
                            java.util.stream.Collectors.counting()))
                    .forEach((k, v) -> System.out.println("  " + v + " x " + k));
        }
    }
}
