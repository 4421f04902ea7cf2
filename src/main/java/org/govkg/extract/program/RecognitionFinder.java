package org.govkg.extract.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.extract.Attr;
import org.govkg.text.ClauseSplitter;
import org.govkg.text.Span;

/**
 * Finds places recognised or selected under a program: “石角、龙塘、飞来峡通过评定进入省“百千万工程”
 * 第二批典型镇名单” → three recognitions, each with designation 典型镇 and batch 第二批 (a
 * candidate list keeps its word: 典型镇培育). A clause
 * without a program of its own (“源潭入选第三批典型镇培育名单”) takes the program of the clause
 * before it in the same sentence.
 * <p>Requires: one sentence and the program mentions in it. Produces: {@link Recognition}s whose
 * place spans are the list items as written. Stateless.
 */
public final class RecognitionFinder {

    private static final Pattern CLAUSE = Pattern.compile(
            "(?<places>[\\p{IsHan}、]{2,60}?)(?:等\\d*个[\\p{IsHan}]{0,2})?(?:通过评定|成功|顺利|被)?"
                    + "(?:进入|入选|获评|纳入|列入|评为|确定为|获批|认定为|入围)"
                    + "(?<program>[\\p{IsHan}]{0,4}“[^”]{2,24}”)?"
                    + "(?<batch>第[一二三四五六七八九十\\d]{1,3}批)?"
                    + "(?<designation>[\\p{IsHan}]{2,12}?)(?:名单|称号|行列|之一)?(?=[，,。；;、]|$)");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");
    private static final String PLACE_HEADS = "镇乡村街区县市";

    private RecognitionFinder() {
    }

    /**
     * One recognised place.
     *
     * @param place       the place as written
     * @param program     index into the given program spans
     * @param attributes  {@link Attr#DESIGNATION}, {@link Attr#BATCH}, {@link Attr#YEAR}
     */
    public record Recognition(Span place, int program, TreeMap<Attr, String> attributes) {
    }

    /**
     * @param text     the document text
     * @param sentence the sentence's span
     * @param programs spans of the program mentions in the sentence, in text order
     * @param year     the year to record when the sentence names none
     */
    public static List<Recognition> find(String text, Span sentence, List<Span> programs,
                                         Optional<Integer> year) {
        return find(text, sentence, programs, false, year);
    }

    /**
     * @param carried whether {@code programs.get(0)} is the program a previous part of the sentence
     *                (before ；) spoke of, which clauses without a program of their own then take
     */
    public static List<Recognition> find(String text, Span sentence, List<Span> programs, boolean carried,
                                         Optional<Integer> year) {
        List<Recognition> out = new ArrayList<>();
        String s = sentence.of(text);
        int base = sentence.start();
        String y = stated(s).or(() -> year.map(String::valueOf)).orElse(null);
        int lastProgram = carried ? 0 : -1;
        for (Span part : ClauseSplitter.CLAUSES_NOT_AT_COLON.splitKeepingEmpty(text, sentence)) {
            String clause = part.of(text);
            int cs = part.start() - base;
            Matcher m = CLAUSE.matcher(clause);
            if (!m.find()) {
                lastProgram = programIn(programs, base + cs, base + cs + clause.length(), lastProgram);
                continue;
            }
            int program = lastProgram;
            if (m.group("program") != null) {
                program = programIn(programs, base + cs + m.start("program"), base + cs + m.end("program"),
                        -1);
            }
            if (program < 0) {
                continue;
            }
            lastProgram = program;
            String designation = m.group("designation");
            if (!designates(designation)) {
                continue;
            }
            int at = base + cs + m.start("places");
            String places = m.group("places");
            // 2024年新桥村…: the time word before the list is not part of its first item.
            while (!places.isEmpty() && "年月日".indexOf(places.charAt(0)) >= 0) {
                places = places.substring(1);
                at++;
            }
            for (String item : places.split("、", -1)) {
                if (item.length() >= 2 && item.length() <= 8) {
                    TreeMap<Attr, String> attrs = new TreeMap<>();
                    attrs.put(Attr.DESIGNATION, designation);
                    if (m.group("batch") != null) {
                        attrs.put(Attr.BATCH, m.group("batch"));
                    }
                    if (y != null) {
                        attrs.put(Attr.YEAR, y);
                    }
                    out.add(new Recognition(new Span(at, at + item.length()), program, attrs));
                }
                at += item.length() + 1;
            }
        }
        return out;
    }

    /** A designation names a kind of place or collective: 典型镇, 示范村, 表现突出集体. */
    private static boolean designates(String designation) {
        String d = designation.endsWith("培育")
                ? designation.substring(0, designation.length() - 2) : designation;
        if (d.isEmpty()) {
            return false;
        }
        char last = d.charAt(d.length() - 1);
        return PLACE_HEADS.indexOf(last) >= 0 || d.endsWith("集体") || d.endsWith("社区") || d.endsWith("街道")
                || d.endsWith("单位");
    }

    private static int programIn(List<Span> programs, int start, int end, int otherwise) {
        for (int i = 0; i < programs.size(); i++) {
            Span p = programs.get(i);
            if (p.start() < end && start < p.end()) {
                return i;
            }
        }
        return otherwise;
    }

    private static Optional<String> stated(String sentence) {
        Matcher m = YEAR.matcher(sentence);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
