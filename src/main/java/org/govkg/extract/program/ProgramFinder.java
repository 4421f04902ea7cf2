package org.govkg.extract.program;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.govkg.gazetteer.Gazetteer;
import org.govkg.gazetteer.PlaceLevel;
import org.govkg.lexicon.ProgramLexicon;
import org.govkg.text.Han;
import org.govkg.text.Span;

/**
 * Finds program names in a text: quoted names that read as programs (“三铁工程”, “六稳”,
 * “1310”具体部署 → 1310具体部署), known names written without quotes (乡村振兴战略, 河长制), and
 * fixed names ending in a head word (清远鸡百亿产业行动计划), with the issuing level written before
 * them (省“百千万工程” → 省) and the expansion of a numbered name listed just before it
 * (外贸、外资、外包、外经、外智“五外联动”); also plans cited by title (《…行动方案》) and short forms
 * the text states (“X”（以下简称“Y”）), whose mention carries X's name.
 * <p>Requires: normalised text and the spans to skip (glossary entries). Produces: Program
 * mentions in text order with sentence index -1 (the caller fills it in). Stateless.
 */
public final class ProgramFinder {

    private static final Pattern QUOTE = Pattern.compile("“([^“”\\n]{1,30})”");
    private static final Pattern ENUMERATION = Pattern.compile(
            "((?:[\\p{IsHan}A-Za-z0-9]{1,8}、){1,9}[\\p{IsHan}A-Za-z0-9]{1,8})$");
    private static final String NUMERALS = "一二两三四五六七八九十百千万双0123456789";
    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》\\n]{4,60})》");
    private static final Pattern TRIAL = Pattern.compile("[(（]试行[)）]$");
    private static final Pattern COUNTED_HEAD = Pattern.compile("^[一二两三四五六七八九十\\d]{1,3}[项大个条]?");
    private static final int MAX_GAP = 10;
    private static final Pattern COUNTED_SET = Pattern.compile("[一二两三四五六七八九十]+[项大个条种]");
    private static final Pattern SHORT_FORM = Pattern.compile("[(（](?:以下)?简称(“[^“”\\n]{1,20}”)[)）]");
    private static final int MAX_UNQUOTED = 20;
    /** 促进就业九条, 稳就业16条: a numbered set of rules. */
    private static final Pattern COUNTED_RULES = Pattern.compile("[一二三四五六七八九十百\\d]+条$");
    /**
     * Counts, records and dates that name no program: 18连增, 三连击, 9连优, 40桥24隧, 8·20, a bare
     * number (141) with no follow word.
     */
    private static final Pattern RECORD = Pattern.compile(
            "^(?:[一二两三四五六七八九十\\d]+连[增优击胜冠涨升跳]|\\d+\\p{IsHan}\\d+\\p{IsHan}|\\d{1,2}·\\d{1,2}|\\d{1,3})$");
    /** 平安四川, 法治广西, 美丽湖北, 数字重庆: a brand word before a province or city name. */
    private static final Pattern PLACE_BRAND = Pattern.compile("(" + String.join("|",
            ProgramLexicon.read("place-brand-words.txt")) + ")(\\p{IsHan}{2,3})");
    private static final Pattern RUN_ITEM = Pattern.compile("[、和与及]?“[^“”\\n]{1,30}”");

    private final ProgramLexicon lexicon;

    public ProgramFinder(ProgramLexicon lexicon) {
        this.lexicon = requireNonNull(lexicon, "lexicon");
    }

    /** Program mentions in {@code text}, none overlapping {@code skip}. */
    public List<Mention> find(String text, List<Span> skip) {
        return find(text, skip, List.of());
    }

    /**
     * Program mentions in {@code text}, none overlapping {@code skip}; inside {@code strict} (a
     * glossary's definitions, which quote parts and sub-terms) only quoted names with a head or
     * follow word, or known ones, count.
     */
    public List<Mention> find(String text, List<Span> skip, List<Span> strict) {
        List<Mention> found = new ArrayList<>();
        List<Span> taken = new ArrayList<>(skip);
        Matcher t = BOOK_TITLE.matcher(text);
        while (t.find()) {
            String title = TRIAL.matcher(t.group(1)).replaceAll("");
            Span span = new Span(t.start(), t.end());
            // 《关于…的方案》 is an administrative document about something, not a named plan.
            if (!overlaps(taken, span) && lexicon.isProgramTitle(title) && !title.startsWith("关于")) {
                found.add(mention(text, span, t.group(1)));
                taken.add(span);
            }
        }
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            Span quote = new Span(m.start(), m.end());
            if (overlaps(taken, quote)) {
                continue;
            }
            Mention q = quoted(text, m.start(), m.end(), m.group(1), overlaps(strict, quote));
            if (q != null) {
                found.add(q);
                taken.add(q.span());
            }
        }
        List<Span> closed = new ArrayList<>(taken);
        closed.addAll(strict);
        taken = closed;
        for (String name : lexicon.knownPrograms()) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                Span span = new Span(at, at + name.length());
                if (!overlaps(taken, span) && !insideQuotes(text, at)) {
                    found.add(mention(text, span, name));
                    taken.add(span);
                }
            }
        }
        Matcher brand = PLACE_BRAND.matcher(text);
        for (int from = 0; from < text.length() && brand.find(from); ) {
            int end = placeEnd(text, brand.start(2), brand.end(2));
            if (end > 0 && brandEnds(text, end)) {
                Span span = new Span(brand.start(), end);
                if (!overlaps(taken, span) && !insideQuotes(text, brand.start())) {
                    found.add(mention(text, span, span.of(text)));
                    taken.add(span);
                }
            }
            from = end > 0 ? end : brand.start() + 1;
        }
        for (String head : lexicon.headWords()) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                Mention u = unquoted(text, at, at + head.length(), taken);
                if (u != null) {
                    found.add(u);
                    taken.add(u.span());
                }
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return withStatedShortForms(text, found);
    }

    /**
     * True when a brand name may end at {@code at}: before punctuation, another brand (平安四川法治四川)
     * or a closing 建设 (平安广西建设。), not inside a longer name (平安清远建设三项攻坚任务).
     */
    private static boolean brandEnds(String text, int at) {
        if (at >= text.length() || !Han.isHan(text.charAt(at))) {
            return true;
        }
        Matcher next = PLACE_BRAND.matcher(text);
        next.region(at, text.length());
        if (next.lookingAt()) {
            return true;
        }
        int after = at + 2;
        return text.startsWith("建设", at) && (after >= text.length() || !Han.isHan(text.charAt(after))
                || "的和与及".indexOf(text.charAt(after)) >= 0);
    }

    /** The end of the province or city name (bare form: 四川, 重庆) in [from, to), longest first, or -1. */
    private static int placeEnd(String text, int from, int to) {
        for (int end = to; end >= from + 2; end--) {
            String form = text.substring(from, end);
            for (Gazetteer.Candidate c : Gazetteer.shared().candidates(form)) {
                PlaceLevel level = c.division().level();
                if (level == PlaceLevel.PROVINCE || level == PlaceLevel.CITY) {
                    return end;
                }
            }
        }
        return -1;
    }

    /**
     * “X”(以下简称“Y”): the short form Y names the program written just before it; its mention
     * takes X's name, so that resolution merges X, Y and every later Y.
     */
    private static List<Mention> withStatedShortForms(String text, List<Mention> found) {
        Matcher m = SHORT_FORM.matcher(text);
        List<Mention> out = new ArrayList<>(found);
        while (m.find()) {
            Mention full = null;
            for (Mention f : out) {
                if (f.span().end() == m.start() || f.span().end() == skipBackMarker(text, m.start())) {
                    full = f;
                }
            }
            if (full == null) {
                continue;
            }
            Span shortSpan = new Span(m.start(1), m.end(1));
            out.removeIf(f -> f.span().overlaps(shortSpan));
            out.add(new Mention(full.type(), shortSpan.of(text), full.name(), shortSpan, -1,
                    full.attributes()));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** Where a note marker ending at {@code end} starts, else {@code end}. */
    private static int skipBackMarker(String text, int end) {
        Matcher mk = SurfaceNames.MARKER.matcher(text);
        mk.region(Math.max(0, end - 12), end);
        while (mk.find()) {
            if (mk.end() == end) {
                return mk.start();
            }
        }
        return end;
    }

    /** A quoted name that reads as a program, with its label extension, or null. */
    Mention quoted(String text, int open, int close, String inner, boolean strict) {
        String name = SurfaceNames.bare(inner);
        if (name.length() < 2 || name.length() > 24 || lexicon.isStopName(name)) {
            return null;
        }
        int after = skipMarker(text, close);
        int runEnd = endOfQuoteRun(text, after);
        boolean lastOfRun = open > 0 && text.charAt(open - 1) == '”'
                || open > 1 && "、和与及".indexOf(text.charAt(open - 1)) >= 0 && text.charAt(open - 2) == '”';
        if (runEnd > after || lastOfRun) {
            return inRun(text, open, close, name, runEnd, strict);
        }
        String follow = ProgramLexicon.wordAt(lexicon.followWords(), text, after);
        int end = close;
        String label = name;
        if (follow != null) {
            end = after + follow.length();
            label = name + follow;
        } else {
            int gapEnd = gapWithFollowWord(text, after);
            if (gapEnd > 0) {
                end = gapEnd;
                label = name + SurfaceNames.bare(text.substring(after, gapEnd));
            }
        }
        int etc = after < text.length() && text.charAt(after) == '等' ? after + 1 : after;
        boolean programLike = end > close || strong(name)
                || !strict && (numbered(name) && !lexicon.hasNonProgramTail(name) || contextAt(text, etc)
                || name.indexOf('+') > 0 && !name.endsWith("+") || COUNTED_RULES.matcher(name).find());
        if (!programLike || lexicon.hasNonProgramTail(label) || isSlogan(name)
                || end == close && RECORD.matcher(name).matches()) {
            return null;
        }
        Mention mention = mention(text, new Span(open, end), label);
        if (numbered(name)) {
            String expansion = expansionBefore(text, open, name);
            if (expansion != null) {
                mention = mention.with(Attr.EXPANSION, expansion);
            }
        }
        return mention;
    }

    /** A context word after a quote (“文化强区”建设), unless it goes on into a standard (工作标准). */
    private boolean contextAt(String text, int at) {
        String w = ProgramLexicon.wordAt(lexicon.contextWords(), text, at);
        return w != null && ProgramLexicon.wordAt(lexicon.contextBlockers(), text, at + w.length()) == null;
    }

    /** Where a run of further quoted names after {@code after} ends (“粤菜师傅”“南粤家政”…), else after. */
    private static int endOfQuoteRun(String text, int after) {
        Matcher r = RUN_ITEM.matcher(text);
        int at = after;
        while (true) {
            r.region(at, text.length());
            if (!r.lookingAt()) {
                return at;
            }
            at = skipMarker(text, r.end());
        }
    }

    /**
     * A quoted name followed by more quoted names: each is a program when the run ends in a follow
     * word (“米袋子”“菜篮子”工程 → 米袋子工程), a counted head (…“南粤家政”三项工程) or 等 and a
     * context word (“飓风2020”、“智慧新警务”等工作).
     */
    private Mention inRun(String text, int open, int close, String name, int runEnd, boolean strict) {
        if (lexicon.isStopName(name) || lexicon.hasNonProgramTail(name) || isSlogan(name)) {
            return null;
        }
        int at = runEnd;
        if (at < text.length() && text.charAt(at) == '等') {
            at++;
        }
        String follow = ProgramLexicon.wordAt(lexicon.followWords(), text, at);
        if (follow != null && at == runEnd && !lexicon.hasNonProgramTail(name + follow)) {
            return mention(text, new Span(open, close), name + follow);
        }
        Matcher counted = COUNTED_HEAD.matcher(text.substring(at, Math.min(text.length(), at + 12)));
        int headAt = counted.find() ? at + counted.end() : at;
        if (strong(name) || !strict && (follow != null || contextAt(text, at)
                || ProgramLexicon.wordAt(lexicon.followWords(), text, headAt) != null)) {
            return mention(text, new Span(open, close), name);
        }
        return null;
    }

    /**
     * True when a defined term names a program: a numbered short form (三铁工程, 5080, 一地、两区、
     * 三城), a name holding a counted set (平安清远建设三项攻坚任务), a formula (1+1+N…), or a name
     * ending in a head or follow word, or a known one; not a facility or rank (四馆一中心, 口袋公园)
     * and not a statistical term (地区生产总值).
     */
    public boolean namesProgram(String term) {
        String name = SurfaceNames.bare(term);
        if (name.length() < 2 || lexicon.hasNonProgramTail(name) || lexicon.isStopName(name)) {
            return false;
        }
        return numbered(name) || COUNTED_SET.matcher(name).find() || strong(name)
                || name.indexOf('+') > 0 && !name.endsWith("+");
    }

    /** A name that is a program on its own: it ends in a head or follow word, or is known. */
    private boolean strong(String name) {
        return ProgramLexicon.endingOf(lexicon.headWords(), name) != null
                || ProgramLexicon.endingOf(lexicon.followWords(), name) != null
                || lexicon.knownPrograms().contains(name);
    }

    /** The end of a short run of Han characters after a quote that ends in a follow word, or -1. */
    private int gapWithFollowWord(String text, int from) {
        int best = -1;
        for (int i = from; i < text.length() && i - from < MAX_GAP; i++) {
            char c = text.charAt(i);
            if (!Han.isHan(c)) {
                break;
            }
            if ("的和与及等".indexOf(c) >= 0 || i > from
                    && ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, i) != null
                    && ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, i).length() > 1) {
                break;
            }
            String w = ProgramLexicon.wordAt(lexicon.followWords(), text, i);
            if (w != null && i > from && i + w.length() - from <= MAX_GAP + 4 && w.length() >= 2
                    && endsAWord(text, i + w.length())) {
                best = i + w.length();
            }
        }
        return best;
    }

    /** True when a name may end at {@code at}: …战略，or …战略的, but not …战略思路. */
    private boolean endsAWord(String text, int at) {
        return at >= text.length() || !isNameChar(text.charAt(at))
                || ProgramLexicon.wordAt(lexicon.rightBoundaries(), text, at) != null;
    }

    /** Numbered short forms: 六稳, 三铁工程, 1310, 3+1+N, 一村一品、一镇一业. */
    static boolean numbered(String name) {
        return NUMERALS.indexOf(name.charAt(0)) >= 0;
    }

    /** Slogans list clauses with verbs (疫情要防住、经济要稳住); numbered lists are kept. */
    private static boolean isSlogan(String name) {
        if (name.indexOf('、') < 0 && name.indexOf('，') < 0 && name.indexOf(',') < 0) {
            return false;
        }
        for (String part : name.split("[、，,]")) {
            if (part.isEmpty() || NUMERALS.indexOf(part.charAt(0)) < 0 && !part.startsWith("双")) {
                return true;
            }
        }
        return false;
    }

    private static int skipMarker(String text, int at) {
        Matcher mk = SurfaceNames.MARKER.matcher(text);
        mk.region(at, text.length());
        return mk.lookingAt() ? mk.end() : at;
    }

    /** The list written just before a numbered name, when its count agrees with the name's numeral. */
    private static String expansionBefore(String text, int open, String name) {
        int from = Math.max(0, open - 80);
        Matcher m = ENUMERATION.matcher(text.substring(from, open));
        if (!m.find()) {
            return null;
        }
        String[] items = m.group(1).split("、");
        String lastItem = items[items.length - 1];
        if ("和与及的等".indexOf(lastItem.charAt(lastItem.length() - 1)) >= 0) {
            return null;
        }
        int longest = 0;
        for (int i = 1; i < items.length; i++) {
            longest = Math.max(longest, items[i].length());
        }
        // The first item's run may take in the verb before the list: cut it to the others' length.
        if (items[0].length() > longest) {
            items[0] = items[0].substring(items[0].length() - longest);
        }
        String list = String.join("、", items);
        int count = items.length;
        int numeral = "零一二三四五六七八九十".indexOf(name.charAt(0));
        if (name.charAt(0) == '两' || name.charAt(0) == '双') {
            numeral = 2;
        }
        return numeral == count ? list : null;
    }

    /** A fixed name ending in the head word at [headStart, headEnd), or null. */
    Mention unquoted(String text, int headStart, int headEnd, List<Span> taken) {
        if (overlaps(taken, new Span(headStart, headEnd)) || insideQuotes(text, headStart)) {
            return null;
        }
        // …五年行动 followed by 计划 is …五年行动计划.
        for (String more = ProgramLexicon.wordAt(lexicon.headWords(), text, headEnd); more != null;
                more = ProgramLexicon.wordAt(lexicon.headWords(), text, headEnd)) {
            headEnd += more.length();
        }
        if (!endsAWord(text, headEnd)) {
            return null;
        }
        int start = headStart;
        while (start > 0 && headEnd - start < MAX_UNQUOTED && isNameChar(text.charAt(start - 1))) {
            if (ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, start) != null) {
                break;
            }
            if (overlaps(taken, new Span(start - 1, start))) {
                break;
            }
            start--;
        }
        if (headStart - start < 2 || headEnd - start >= MAX_UNQUOTED) {
            return null;
        }
        // 专项行动, 三年行动, 共同行动, 提质行动: a head word alone or after a two-character verb.
        String head = text.substring(headStart, headEnd);
        if (lexicon.headWords().contains(text.substring(start, headEnd))
                || head.equals("行动") && headStart - start < 3) {
            return null;
        }
        // 蓝天、碧水、净土保卫战: short items listed before the name belong to it.
        boolean shortItem = headStart - start <= 3;
        while (shortItem && start >= 3 && text.charAt(start - 1) == '、') {
            int item = start - 1;
            while (item > 0 && item > start - 4 && Han.isHan(text.charAt(item - 1))
                    && ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, item) == null) {
                item--;
            }
            if (item == start - 1 || start - 1 - item > 2) {
                break;
            }
            start = item;
        }
        String name = text.substring(start, headEnd);
        if (lexicon.isConstruction(name) || lexicon.hasNonProgramTail(name) || lexicon.isStopName(name)) {
            return null;
        }
        return mention(text, new Span(start, headEnd), name);
    }

    private static boolean isNameChar(char c) {
        return Han.isHan(c) || Character.isLetterOrDigit(c)
                || c == '+';
    }

    private Mention mention(String text, Span span, String name) {
        Mention m = new Mention(EntityType.Program, span.of(text), name, span, -1, new TreeMap<>());
        String issuer = issuerBefore(text, span.start());
        return issuer == null ? m : m.with(Attr.ISSUING_LEVEL, issuer);
    }

    /** The issuing level written just before {@code at} (省“百千万工程”, 市委“十大行动方案”), or null. */
    String issuerBefore(String text, int at) {
        String issuer = ProgramLexicon.wordBefore(lexicon.issuers(), text, at);
        if (issuer == null) {
            return null;
        }
        int before = at - issuer.length();
        if (issuer.length() == 1 && before > 0 && isNameChar(text.charAt(before - 1))
                && ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, before) == null) {
            // 清城区“…” names a place, not an issuer; 落实省“…” does.
            return null;
        }
        return issuer;
    }

    private static boolean insideQuotes(String text, int at) {
        int open = text.lastIndexOf('“', at - 1);
        int close = text.lastIndexOf('”', at - 1);
        return open > close && text.indexOf('”', at) >= 0 && at - open <= 30;
    }

    private static boolean overlaps(List<Span> spans, Span span) {
        for (Span s : spans) {
            if (s.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
