package org.govkg.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report's title, subject region, the year it looks back on, its kind, date and speaker from
 * its title and opening lines, by the rules in {@code metadata.properties}.
 * <ul>
 *   <li>title: a short line near the top naming a report (spaces between characters removed), else
 *       the report named in the opening sentence ({@code 现向…报告<title>，}), else the first line;</li>
 *   <li>region: the most specific region named in the title, else after {@code 在/报告/关于} in the
 *       opening lines, as written ({@code 清远市清城区});</li>
 *   <li>kind: work report, or mid-year / annual plan-execution report;</li>
 *   <li>year: for a plan-execution report the year in its title; for a work report the year of its
 *       review section, else the year before it was delivered;</li>
 *   <li>date and speaker: from the {@code ——2023年3月15日在…} and {@code 市长 戴少枚} lines.</li>
 * </ul>
 * <p>Requires: normalised text and its structure. Produces: {@link DocumentMetadata}. Pure, thread-safe.
 */
public final class MetadataExtractor {

    private static final int OPENING_LINES = 8;
    private static final int MAX_TITLE = 60;
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern PAGE_DATE = Pattern.compile("(时间|日期)\\s*[:：]\\s*\\d{4}");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(]|\\d+[.、．])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern SPACED_HAN = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

    private MetadataExtractor() {
    }

    public static DocumentMetadata extract(String text, TextStructure structure) {
        return extract(text, structure, List.of());
    }

    /**
     * @param pageLines lines ingest removed as page chrome; when the text states no date, the page's own
     *                  date (时间: 2024-01-04, 发布时间:2021-03-05) is the date it was published
     */
    public static DocumentMetadata extract(String text, TextStructure structure, List<String> pageLines) {
        List<String> opening = new ArrayList<>();
        for (Paragraph p : structure.paragraphs()) {
            if (opening.size() == OPENING_LINES) {
                break;
            }
            opening.add(p.span().of(text));
        }
        String title = title(opening);
        String kind = kind(title, opening);
        Optional<String> date = date(opening);
        Optional<String> region = region(title, opening);
        Optional<Integer> year = year(kind, title, opening, text, date);
        if (date.isEmpty()) {
            date = pageDate(pageLines);
        }
        return new DocumentMetadata(title, region, year, kind, date, speaker(opening));
    }

    static String title(List<String> opening) {
        for (int i = 0; i < Math.min(4, opening.size()); i++) {
            String line = SPACED_HAN.matcher(opening.get(i)).replaceAll("");
            if (line.length() <= MAX_TITLE && Rules.TITLE_KEYWORDS.matcher(line).find()
                    && !line.matches(".*[。，,；;：:].*") && !line.startsWith("—")
                    && !NUMBERED.matcher(line).find()) {
                return line;
            }
        }
        for (String line : opening) {
            Matcher m = Rules.REPORTED_TITLE.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        return opening.isEmpty() ? "" : opening.get(0);
    }

    static String kind(String title, List<String> opening) {
        String head = title + "\n" + (opening.size() > 1 ? String.join("\n", opening.subList(0, 2)) : "");
        if (Rules.PLAN_EXECUTION.matcher(title).find() || !Rules.WORK_REPORT.matcher(title).find()
                && Rules.PLAN_EXECUTION.matcher(head).find()) {
            String where = Rules.PLAN_EXECUTION.matcher(title).find() ? title : head;
            return Rules.MIDYEAR.matcher(where).find() ? DocumentMetadata.MIDYEAR : DocumentMetadata.ANNUAL;
        }
        if (Rules.WORK_REPORT.matcher(title).find()) {
            return DocumentMetadata.WORK_REPORT;
        }
        return DocumentMetadata.OTHER;
    }

    static Optional<String> region(String title, List<String> opening) {
        String best = null;
        Matcher t = Rules.REGION_AT_START.matcher(title);
        if (t.find()) {
            best = t.group(1);
        }
        for (String line : opening) {
            Matcher m = Rules.REGION_AFTER.matcher(line);
            while (m.find()) {
                String candidate = m.group(1);
                if (best == null || moreSpecific(candidate, best)) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A name with more administrative levels that ends in the same unit, or a first county-level one. */
    private static boolean moreSpecific(String candidate, String best) {
        return candidate.length() > best.length() && candidate.endsWith(best);
    }

    static Optional<Integer> year(String kind, String title, List<String> opening, String text,
                                  Optional<String> date) {
        if (!kind.equals(DocumentMetadata.WORK_REPORT)) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(1)));
            }
            for (String line : opening) {
                Matcher y = Rules.PLAN_YEAR.matcher(line);
                if (y.find()) {
                    return Optional.of(Integer.parseInt(y.group(1)));
                }
            }
            return Optional.empty();
        }
        Matcher review = Rules.REVIEW_YEAR.matcher(text);
        if (review.find() && review.start() < text.length() / 2) {
            return Optional.of(Integer.parseInt(review.group(1)));
        }
        if (date.isPresent()) {
            return Optional.of(Integer.parseInt(date.get().substring(0, 4)) - 1);
        }
        // "2024年政府工作报告" is delivered early in 2024 and looks back on 2023
        Matcher m = YEAR.matcher(title);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1)) - 1) : Optional.empty();
    }

    static Optional<String> date(List<String> opening) {
        for (String line : opening) {
            String l = line.strip();
            if (l.length() > MAX_TITLE) {
                continue;
            }
            Matcher m = DATE.matcher(l);
            if (!m.find()) {
                m = ISO_DATE.matcher(l);
                if (!m.find()) {
                    continue;
                }
            }
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                return Optional.of(String.format("%s-%02d-%02d", m.group(1), month, day));
            }
        }
        return Optional.empty();
    }

    /** The date of a page's 时间/日期 bar, among the lines removed as chrome. */
    static Optional<String> pageDate(List<String> pageLines) {
        return date(pageLines.stream().filter(l -> PAGE_DATE.matcher(l).find()).toList());
    }

    static Optional<String> speaker(List<String> opening) {
        for (String line : opening) {
            Matcher m = Rules.SPEAKER.matcher(line.strip());
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** The compiled rules of {@code metadata.properties}. */
    private static final class Rules {
        private static final Properties P = load();
        private static final String HAN = "[\\p{IsHan}]";
        private static final String REGION = "((?:" + HAN + "{2,7}?(?:" + P.getProperty("region.province")
                + "))?(?:" + HAN + "{1,7}?(?:" + P.getProperty("region.prefecture") + "))?" + HAN
                + "{1,7}?(?:" + P.getProperty("region.county") + "))";
        static final Pattern REGION_AT_START = Pattern.compile("^(?:关于)?" + REGION
                + "(?=\\d|人民|第|政府|上半年|国民|$)");
        static final Pattern REGION_AFTER = Pattern.compile("(?:" + P.getProperty("region.before") + ")"
                + REGION + "(?=\\d|人民|第|政府|上半年|国民)");
        static final Pattern SPEAKER = Pattern.compile("(?:" + P.getProperty("speaker.roles")
                + ")\\s*[:：]?\\s*(" + HAN + "{2,4})$");
        static final Pattern WORK_REPORT = Pattern.compile(P.getProperty("kind.work-report"));
        static final Pattern PLAN_EXECUTION = Pattern.compile(P.getProperty("kind.plan-execution"));
        static final Pattern MIDYEAR = Pattern.compile(P.getProperty("kind.midyear"));
        static final Pattern REVIEW_YEAR = Pattern.compile(P.getProperty("year.review"), Pattern.MULTILINE);
        static final Pattern TITLE_KEYWORDS = Pattern.compile(P.getProperty("title.keywords"));
        static final Pattern REPORTED_TITLE = Pattern.compile("报告([^，,。；;：:]{4," + MAX_TITLE + "}?(?:"
                + P.getProperty("kind.plan-execution") + "|" + P.getProperty("kind.work-report") + "))");
        static final Pattern PLAN_YEAR = Pattern.compile("(\\d{4})年(?:上半年|全年)?[^。，,]{0,20}?(?:"
                + P.getProperty("kind.plan-execution") + ")");

        private static Properties load() {
            Properties p = new Properties();
            try (InputStream in = MetadataExtractor.class.getResourceAsStream("metadata.properties")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource org/govkg/text/metadata.properties");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }
    }
}
