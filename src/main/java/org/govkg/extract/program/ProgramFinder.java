package org.govkg.extract.program;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.IntPredicate;
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
    private static final Pattern DRAFT = Pattern.compile("[(（]草案[)）]$");
    private static final Pattern COUNTED_HEAD = Pattern.compile("^[一二两三四五六七八九十\\d]{1,3}[项大个条]?");
    private static final int MAX_GAP = 10;
    private static final Pattern COUNTED_SET = Pattern.compile("[一二两三四五六七八九十]+[项大个条种]");
    private static final Pattern SHORT_FORM = Pattern.compile("[(（](?:以下)?简称(“[^“”\\n]{1,20}”)[)）]");
    private static final int MAX_UNQUOTED = 26;
    /** 促进就业九条, 稳就业16条: a numbered set of rules. */
    private static final Pattern COUNTED_RULES = Pattern.compile("[一二三四五六七八九十百\\d]+条$");
    /**
     * Counts, records and dates that name no program: 18连增, 三连击, 9连优, 40桥24隧, 8·20, a bare
     * number (141) with no follow word; not a count of counted things (3个100万).
     */
    private static final Pattern RECORD = Pattern.compile(
            "^(?:[一二两三四五六七八九十\\d]+连[增优击胜冠涨升跳]|\\d+(?!个)\\p{IsHan}\\d+\\p{IsHan}"
                    + "|\\d{1,2}·\\d{1,2}|\\d{1,3})$");
    /** 平安四川, 法治广西, 美丽湖北, 数字重庆: a brand word before a province or city name. */
    private static final Pattern PLACE_BRAND = Pattern.compile("(" + String.join("|",
            ProgramLexicon.read("place-brand-words.txt")) + ")(\\p{IsHan}{2,3})");
    /** 国民经济和社会发展第十五个五年规划纲要(草案): a five-year plan's outline (its region joins it). */
    private static final Pattern PLAN_OUTLINE = Pattern.compile("国民经济和社会发展第[一二三四五六七八九十]+个五年规划"
            + "(?:和二〇三五年远景目标)?纲要(?:[(（]草案[)）])?");
    /** 第五次全国经济普查, 第四次农业普查: a national census. */
    private static final Pattern CENSUS = Pattern.compile("第[一二三四五六七八九十]+次(?:全国)?\\p{IsHan}{2,4}?普查");
    /** 十件民生实事, 20件惠民实事: the tasks a government promises for the year (not 每一件实事). */
    private static final Pattern PROMISED_TASKS = Pattern.compile(
            "(?<![一二三四五六七八九十百\\d])(?!一件)[一二三四五六七八九十百\\d]+件(?:民生|惠民|为民)?实事");
    /** 扩消费六大工程: a topic, a count and a follow word that ends a plan's title (工程, 行动, 计划). */
    private static final Pattern COUNTED_HEAD_WORD = Pattern.compile("[一二两三四五六七八九十]+大");
    /** The count of 条 of a set of measures, and the measure word written right after it. */
    private static final Pattern POLICY_RULES = Pattern.compile(
            "([一二三四五六七八九十\\d]{1,3}条)(政策措施|政策举措|若干措施|措施|举措|政策)?");
    private static final String CLAUSE_BREAK = "，。；,;";
    private static final String LIST_OPENERS = "，。；：,;:\n（(";
    private static final int MAX_ITEM = 4;
    private static final int MAX_TOPIC = 8;
    /** A count and its classifier opening a topic run (3轮…, 5个…). */
    private static final Pattern COUNTED_TOPIC = Pattern.compile("^[轮个项批次]");
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
        return find(text, skip, strict, at -> false);
    }

    /**
     * As {@link #find(String, List, List)}; {@code predicative} tells which characters belong to a verb,
     * adverb, preposition, pronoun or numeral (from the tagger): such words are no topic of a name.
     */
    public List<Mention> find(String text, List<Span> skip, List<Span> strict, IntPredicate predicative) {
        requireNonNull(predicative, "predicative");
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
            Mention q = quoted(text, m.start(), m.end(), m.group(1), overlaps(strict, quote), predicative);
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
        Matcher outline = PLAN_OUTLINE.matcher(text);
        while (outline.find()) {
            int start = leftEnd(text, outline.start(), outline.end(), taken);
            Span span = new Span(start, outline.end());
            if (!overlaps(taken, span) && !insideQuotes(text, start)) {
                // The name without (草案); the surface keeps it, so both are names of the plan.
                found.add(mention(text, span, DRAFT.matcher(span.of(text)).replaceAll("")));
                taken.add(span);
            }
        }
        for (Pattern form : List.of(CENSUS, PROMISED_TASKS)) {
            Matcher f = form.matcher(text);
            while (f.find()) {
                Span span = new Span(f.start(), f.end());
                if (!overlaps(taken, span) && !insideQuotes(text, f.start())) {
                    found.add(mention(text, span, f.group()));
                    taken.add(span);
                }
            }
        }
        Matcher counted = COUNTED_HEAD_WORD.matcher(text);
        while (counted.find()) {
            String follow = ProgramLexicon.wordAt(lexicon.followWords(), text, counted.end());
            if (follow != null && lexicon.isProgramTitle(follow)) {
                Mention u = unquoted(text, counted.start(), chainedFollowWords(text, counted.end()), taken);
                if (u != null) {
                    found.add(u);
                    taken.add(u.span());
                }
            }
        }
        Matcher rules = POLICY_RULES.matcher(text);
        while (rules.find()) {
            Mention u = policyRules(text, rules, taken);
            if (u != null) {
                found.add(u);
                taken.add(u.span());
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return withStatedShortForms(text, joinedToQuoted(text, found));
    }

    /**
     * A quoted name with its follow words and the head-word name written right after it are one name
     * (国企“三能”机制改革 + 攻坚专项行动 → 国企三能机制改革攻坚专项行动), and so are a head-word name and
     * the numbered quote right after it (…攻坚行动“七大工程”). {@code found} is sorted.
     */
    private static List<Mention> joinedToQuoted(String text, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean quotedThenHead = last != null && last.surface().indexOf('”') >= 0
                    && !last.surface().endsWith("”") && m.surface().indexOf('“') < 0;
            boolean headThenCounted = last != null && last.surface().indexOf('“') < 0
                    && m.surface().startsWith("“") && numbered(SurfaceNames.bare(m.surface()));
            boolean adjacent = last != null && last.span().end() == m.span().start();
            if (adjacent && (quotedThenHead || headThenCounted)) {
                Span span = new Span(last.span().start(), m.span().end());
                String surface = span.of(text);
                out.set(out.size() - 1, new Mention(last.type(), surface, SurfaceNames.bare(surface), span,
                        -1, last.attributes()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * True when a brand name may end at {@code at}: before punctuation, another brand (平安四川法治四川),
     * a right boundary (数字重庆基本建成) or 建设 (平安广西建设成效显著), not inside a longer name
     * (平安清远建设三项攻坚任务).
     */
    private boolean brandEnds(String text, int at) {
        if (at >= text.length() || !Han.isHan(text.charAt(at))) {
            return true;
        }
        if (!text.startsWith("建设", at)
                && ProgramLexicon.wordAt(lexicon.rightBoundaries(), text, at) != null) {
            return true;
        }
        Matcher next = PLACE_BRAND.matcher(text);
        next.region(at, text.length());
        if (next.lookingAt()) {
            return true;
        }
        int after = at + 2;
        // …建设成效显著 ends the name; …建设三项攻坚任务 goes on into a longer one.
        return text.startsWith("建设", at) && (after >= text.length()
                || NUMERALS.indexOf(text.charAt(after)) < 0 && !text.startsWith("工程", after));
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
    Mention quoted(String text, int open, int close, String inner, boolean strict, IntPredicate predicative) {
        String name = SurfaceNames.bare(inner);
        if (name.length() < 2 || name.length() > 24) {
            return null;
        }
        int after = skipMarker(text, close);
        int runEnd = endOfQuoteRun(text, after);
        boolean lastOfRun = open > 0 && text.charAt(open - 1) == '”'
                || open > 1 && "、和与及".indexOf(text.charAt(open - 1)) >= 0 && text.charAt(open - 2) == '”';
        if ((runEnd > after || lastOfRun) && !lexicon.isStopName(name)) {
            return inRun(text, open, close, name, runEnd, strict);
        }
        String follow = ProgramLexicon.wordAt(lexicon.followWords(), text, after);
        int end = close;
        String label = name;
        if (follow != null) {
            end = chainedFollowWords(text, after + follow.length());
            label = name + text.substring(after, end);
        } else {
            int gapEnd = gapWithFollowWord(text, after);
            if (gapEnd > 0) {
                end = gapEnd;
                label = name + SurfaceNames.bare(text.substring(after, gapEnd));
            }
        }
        // A stop name is a program only with the words that name one (国有“三资”管理改革, not “四上”企业…机制).
        if (lexicon.isStopName(name) && (end == close || modifiesAFacility(text, after))) {
            return null;
        }
        int etc = after < text.length() && text.charAt(after) == '等' ? after + 1 : after;
        boolean programLike = end > close || strong(name)
                || !strict && (numbered(name) && !lexicon.hasNonProgramTail(name) || contextAt(text, etc)
                || implementedWhole(text, open, after)
                || name.indexOf('+') > 0 && !name.endsWith("+") || COUNTED_RULES.matcher(name).find());
        // A listed slogan that a campaign head names (“提高效率、提升效能、提增效益”行动) is a program.
        boolean named = follow != null && lexicon.headWords().contains(follow);
        if (!programLike || lexicon.hasNonProgramTail(label) || !named && isSlogan(name)
                || end == close && RECORD.matcher(name).matches()) {
            return null;
        }
        if (end == close && numbered(name) && modifiesAFacility(text, after)) {
            return null;
        }
        String topic = numbered(name) && !strict ? topicBefore(text, open, predicative) : "";
        Mention mention = mention(text, new Span(open - topic.length(), end), topic + label);
        if (numbered(name)) {
            String expansion = expansionBefore(text, open, name);
            if (expansion != null) {
                mention = mention.with(Attr.EXPANSION, expansion);
            }
        }
        return mention;
    }

    /**
     * True when the quote is the whole object of a verb of carrying out (深入推进“3个100万”，
     * 打造“川居好房”。): such a verb just before it and a clause break just after it.
     */
    private boolean implementedWhole(String text, int open, int after) {
        return ProgramLexicon.wordBefore(lexicon.implementingVerbs(), text, open) != null
                && after < text.length() && CLAUSE_BREAK.indexOf(text.charAt(after)) >= 0;
    }

    /** The end of the follow words written one after another from {@code at} (普法规划, 模式改革). */
    private int chainedFollowWords(String text, int at) {
        for (String more = ProgramLexicon.wordAt(lexicon.followWords(), text, at); more != null;
                more = ProgramLexicon.wordAt(lexicon.followWords(), text, at)) {
            at += more.length();
        }
        return at;
    }

    /**
     * The topic written before a numbered quoted name, which belongs to it (爱国卫生“7个专项行动”,
     * 国企“三能”机制改革): two to eight characters after a verb or a clause break, no issuer, no place
     * name and no predicative word (做到“两个维护”, 我区“五大优势”); a count before it (3轮爱国卫生) is not
     * part of it. Else "".
     */
    private String topicBefore(String text, int open, IntPredicate predicative) {
        if (issuerBefore(text, open) != null) {
            return "";
        }
        int start = open;
        while (start > 0 && open - start <= MAX_TOPIC && Han.isHan(text.charAt(start - 1))
                && ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, start) == null) {
            start--;
        }
        Matcher count = COUNTED_TOPIC.matcher(text.substring(start, open));
        boolean counted = start > 0 && Character.isDigit(text.charAt(start - 1)) && count.lookingAt();
        if (counted) {
            start += count.end();
        }
        String verb = ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, start);
        boolean opened = counted || start == 0 || verb != null && verb.length() >= 2
                || CLAUSE_BREAK.indexOf(text.charAt(start - 1)) >= 0;
        String topic = text.substring(start, open);
        if (!opened || topic.length() < 2 || topic.length() > MAX_TOPIC || namesAPlace(topic)) {
            return "";
        }
        for (int i = start; i < open; i++) {
            if (predicative.test(i)) {
                return "";
            }
        }
        return topic;
    }

    /** True when some part of {@code s} of two characters or more names a county or a larger division. */
    private static boolean namesAPlace(String s) {
        for (int i = 0; i < s.length(); i++) {
            for (int j = i + 2; j <= s.length(); j++) {
                for (Gazetteer.Candidate c : Gazetteer.shared().candidates(s.substring(i, j))) {
                    if (c.division().level().compareTo(PlaceLevel.COUNTY) <= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * True when the words after a numbered quote make it the modifier of a facility or of a kind of
     * enterprise (“两山”实践创新基地, “七大要素”交易服务平台, “六上”企业), not a program.
     */
    private boolean modifiesAFacility(String text, int after) {
        int end = after;
        while (end < text.length() && end - after < MAX_GAP + 2 && Han.isHan(text.charAt(end))) {
            end++;
        }
        if (end == after) {
            return false;
        }
        String run = text.substring(after, end);
        return run.startsWith("企业") || run.startsWith("单位")
                || ProgramLexicon.endingOf(lexicon.facilityWords(), run) != null;
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
        // A numbered name in a run counts as it does alone (“两重”“两新”资金).
        if (strong(name) || !strict && (follow != null || contextAt(text, at)
                || ProgramLexicon.wordAt(lexicon.followWords(), text, headAt) != null
                || numbered(name) && !RECORD.matcher(name).matches())) {
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
                || COUNTED_RULES.matcher(name).find()
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

    /**
     * True when a name may end at {@code at}: …战略，or …战略的, before the quantity it reached
     * (…提升工程3万公里, …工程超600万亩), but not …战略思路.
     */
    private boolean endsAWord(String text, int at) {
        if (at >= text.length() || !isNameChar(text.charAt(at)) || Character.isDigit(text.charAt(at))) {
            return true;
        }
        if ("超近逾约".indexOf(text.charAt(at)) >= 0 && at + 1 < text.length()
                && Character.isDigit(text.charAt(at + 1))) {
            return true;
        }
        return ProgramLexicon.wordAt(lexicon.rightBoundaries(), text, at) != null;
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

    /**
     * A numbered set of measures (稳增长惠民生27条, 科技金融20条政策措施): a topic, a count of 条 and a
     * word for measures after it or later in its clause (…12条等政策举措). The name is topic and count;
     * the surface takes the measure word too.
     */
    private Mention policyRules(String text, Matcher rules, List<Span> taken) {
        int countEnd = rules.end(1);
        int clauseEnd = countEnd;
        while (clauseEnd < text.length() && clauseEnd - countEnd < 30
                && CLAUSE_BREAK.indexOf(text.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        String clause = text.substring(countEnd, clauseEnd);
        if (rules.group(2) == null && !(clause.startsWith("、") || clause.startsWith("等"))
                || !clause.contains("政策") && !clause.contains("措施") && !clause.contains("举措")) {
            return null;
        }
        if (rules.end() < text.length() && isNameChar(text.charAt(rules.end()))
                && text.charAt(rules.end()) != '等') {
            return null;
        }
        int start = leftEnd(text, rules.start(1), countEnd, taken, true);
        // 4个方面21条措施: a topic that counts something is no topic.
        String topic = text.substring(start, rules.start(1));
        if (topic.length() < 2 || topic.chars().anyMatch(Character::isDigit)
                || overlaps(taken, new Span(start, rules.end()))
                || insideQuotes(text, start) || insideBookTitle(text, start)) {
            return null;
        }
        Span span = new Span(start, rules.end());
        Mention m = mention(text, span, text.substring(start, countEnd));
        return new Mention(m.type(), span.of(text), m.name(), span, -1, m.attributes());
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
        int start = leftEnd(text, headStart, headEnd, taken);
        // 国企改革深化提升行动, 理工科强化行动: a verb right before the head is part of the name when
        // more of the name comes before it.
        String verb = ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, start);
        if (tooShort(text, start, headStart, headEnd) && verb != null && verb.length() >= 2
                && !overlaps(taken, new Span(start - verb.length(), start))) {
            int further = leftEnd(text, start - verb.length(), headEnd, taken);
            if (further < start - verb.length()) {
                start = further;
            }
        }
        if (headStart - start < 2 || headEnd - start >= MAX_UNQUOTED
                || tooShort(text, start, headStart, headEnd)) {
            return null;
        }
        start = listStart(text, start, headStart);
        String name = text.substring(start, headEnd);
        if (lexicon.isConstruction(name) || lexicon.hasNonProgramTail(name) || lexicon.isStopName(name)) {
            return null;
        }
        return mention(text, new Span(start, headEnd), name);
    }

    /** Where a name ending at {@code headEnd} starts: the run of name characters up to a left boundary. */
    private int leftEnd(String text, int headStart, int headEnd, List<Span> taken) {
        return leftEnd(text, headStart, headEnd, taken, false);
    }

    /**
     * As {@link #leftEnd(String, int, int, List)}; with {@code topic}, the verbs that open the topic of
     * a set of measures (金融支持…12条, 促进…27条) do not end the text before it.
     */
    private int leftEnd(String text, int headStart, int headEnd, List<Span> taken, boolean topic) {
        int start = headStart;
        while (start > 0 && headEnd - start < MAX_UNQUOTED && isNameChar(text.charAt(start - 1))) {
            String b = ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, start);
            if (b != null && topic && lexicon.topicVerbs().contains(b)) {
                b = null;
            }
            boolean inside = b != null && b.length() == 1
                    && (splitsAWord(text, start) || sameHeadConjunct(text, start));
            if (b != null && !inside) {
                break;
            }
            if (overlaps(taken, new Span(start - 1, start))) {
                break;
            }
            start--;
        }
        return start;
    }

    /** True when the boundary character before {@code at} is part of a word with what follows (规模以上). */
    private boolean splitsAWord(String text, int at) {
        for (String w : lexicon.boundWords()) {
            for (int k = 1; k < w.length(); k++) {
                if (at - k >= 0 && text.startsWith(w, at - k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the conjunction before {@code at} joins two nouns with the same head, which together
     * modify the name (留守儿童和困境儿童关爱…计划): the two characters before it end the noun after it.
     */
    private static boolean sameHeadConjunct(String text, int at) {
        int c = at - 1;
        if (c < 2 || "和与及".indexOf(text.charAt(c)) < 0) {
            return false;
        }
        String head = text.substring(c - 2, c);
        for (int j = at + 3; j <= at + MAX_ITEM + 2 && j <= text.length(); j++) {
            if (text.startsWith(head, j - 2)) {
                return true;
            }
        }
        return false;
    }

    /** 专项行动, 三年行动, 共同行动, 提质行动: a head word alone or after a two-character verb. */
    private boolean tooShort(String text, int start, int headStart, int headEnd) {
        return headStart - start < 2 || lexicon.headWords().contains(text.substring(start, headEnd))
                || text.startsWith("行动", headStart) && headEnd - headStart == 2 && headStart - start < 3;
    }

    /**
     * Where a name starting at {@code start} starts with the short items listed before it
     * (蓝天、碧水、净土保卫战; 粮油生产、储备、加工能力提升行动): items of at most four characters, the
     * first written right after a verb or a clause break; else {@code start}.
     */
    private int listStart(String text, int start, int headStart) {
        int at = start;
        int first = start;
        while (at >= 2 && text.charAt(at - 1) == '、') {
            int item = at - 1;
            while (item > 0 && at - 1 - item < MAX_ITEM + 1 && Han.isHan(text.charAt(item - 1))
                    && ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, item) == null) {
                item--;
            }
            if (item == at - 1 || at - 1 - item > MAX_ITEM) {
                return start;
            }
            at = item;
            first = item;
        }
        if (first == start) {
            return start;
        }
        String verb = ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, first);
        boolean opened = first == 0 || verb != null && verb.length() >= 2
                || LIST_OPENERS.indexOf(text.charAt(first - 1)) >= 0;
        return opened ? first : start;
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

    private static boolean insideBookTitle(String text, int at) {
        int open = text.lastIndexOf('《', at);
        return open >= 0 && text.lastIndexOf('》', at) < open && at - open <= 60;
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
