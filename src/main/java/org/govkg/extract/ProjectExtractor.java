package org.govkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.extract.project.Amount;
import org.govkg.extract.project.NameBoundary;
import org.govkg.extract.project.ProjectLexicon;
import org.govkg.nlp.Pos;
import org.govkg.nlp.Token;
import org.govkg.text.Sentence;
import org.govkg.text.Span;

/**
 * Finds Project mentions: concrete, named construction and investment projects.
 * <p>Requires: an analysed document (sentences and their HanLP tokens). Produces: Project
 * mentions with {@link Attr#STATUS}, {@link Attr#INVESTMENT} (decimal yuan), {@link Attr#PHASE} and
 * {@link Attr#YEAR} when the same clause states them; Place mentions for the administrative place
 * a name starts with, linked by {@link Relation#LOCATED_IN}; Organization mentions for the company
 * a name starts with, linked by {@link Relation#BY_ORGANIZATION}.
 * <p>Two rules find names inside a clause (text between ，；：。): a list rule (“A、B、C等一批项目”
 * gives A, B and C) and a head rule (a name ends with a head word such as 项目, 工程, 高速, 产业园
 * and starts after a boundary token: punctuation, a preposition, conjunction or adverb, or a
 * verb that introduces projects such as 推进 or 加快).
 */
public final class ProjectExtractor implements Extractor {

    private static final String CLAUSE_END = "，,；;：:。！？!?";
    private static final Pattern LIST = Pattern.compile(
            "(?:等(一批|多个|[0-9一二三四五六七八九十两]+(?:个|项|宗|条))?|(?<=[^\\d.])(\\d+个))"
                    + "((?:[^、，。；等]|(?<=[省市区县])、){0,10}?)"
                    + "(项目|工程|道路|建设|厂房|设施|场馆|园区|基地|商贸体|新[(（]改、扩[)）]建|扩建|新建|改造)");
    /** Lists of training courses, strategies or campaigns are not lists of projects. */
    private static final Pattern NOT_PROJECTS = Pattern.compile("培训|战略|活动|行动|改革|产业");
    private static final Pattern PHASE = Pattern.compile("^[(（]?(首期|[一二三四五六七八九十]+期)[)）]?");
    /** A name opening with an administrative place (清远市中心城区…) is specific even untagged. */
    private static final Pattern PLACE_PREFIX = Pattern.compile("^[\\u4e00-\\u9fa5]{2,4}(省|市|县|镇|乡|街道|村)");
    /** Weak heads (小学, 幼儿园) name a project only in a clause about building. */
    private static final Pattern BUILDING = Pattern.compile("建成|新建|扩建|改建|迁建|建设|新[(（]改|投入使用|竣工");
    /** What may stand between a project and its amount: no list marker, no other item. */
    private static final Pattern GAP = Pattern.compile("[^等、]{0,12}");
    private static final Pattern BARE_PLACE = Pattern.compile("[\\u4e00-\\u9fa5]{1,4}(省|市|区|县|镇|乡|街道|村)");
    private static final Pattern ADMIN_PLACE = Pattern.compile("[\\u4e00-\\u9fa5]{1,4}(省|市|县|镇|乡|街道)");
    private static final String NUMERALS = "一二三四五六七八九十0123456789";
    private static final Pattern STRONG_TAIL = Pattern.compile("项目|工程|道路");
    private static final Pattern PHASE_END = Pattern.compile("(首期|[一二三四五六七八九十]+期)[)）]?$");
    private static final Pattern PHASE_IN = Pattern.compile("(首期|[一二三四五六七八九十]+期)");
    private static final Pattern SEGMENT = Pattern.compile("^[\\u4e00-\\u9fa5]{1,4}段");
    private static final Pattern PROGRESS = Pattern.compile(
            "^(已|正|基本|稳步|有序|顺利|即将|全面|加快|建成|开工|动工|完工|竣工|投产|通车|开通|投入使用|进展顺利|"
                    + "对外开放|开放|合龙|调试|上线|获|通过)");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");
    private static final Pattern GROUP_COUNT = Pattern.compile("^(\\d+)(个|项|宗|条)");
    private static final Pattern ADMIN = Pattern.compile(".+(省|市|区|县|镇|乡|街道|村)");
    private static final Pattern COMPANY = Pattern.compile("^(.{2,20}?(有限公司|集团|公司))(?=.)");

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        List<Mention> mentions = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        String text = doc.text();
        List<Sentence> sentences = doc.structure().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> tokens = doc.tokens().get(i);
            for (Span clause : clauses(text, sentences.get(i).span())) {
                List<Candidate> found = inClause(text, clause, tokens);
                emit(text, tokens, clause, sentences.get(i).span(), i,
                        doc.structure().inPlan(sentences.get(i).span().start()), found, mentions, relations);
            }
        }
        return new Extraction(mentions, relations, List.of());
    }

    /** A project name found in a clause; {@code listed} when it came from a counted list. */
    private record Candidate(int start, int end, boolean listed, boolean group, boolean strict) {
        Candidate(int start, int end, boolean listed, boolean group) {
            this(start, end, listed, group, false);
        }
    }

    private static List<Span> clauses(String text, Span sentence) {
        List<Span> out = new ArrayList<>();
        int start = sentence.start();
        int depth = 0;
        for (int k = sentence.start(); k < sentence.end(); k++) {
            char c = text.charAt(k);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && CLAUSE_END.indexOf(c) >= 0) {
                if (k > start) {
                    out.add(new Span(start, k));
                }
                start = k + 1;
            }
        }
        if (start < sentence.end()) {
            out.add(new Span(start, sentence.end()));
        }
        return out;
    }

    private static List<Candidate> inClause(String text, Span clause, List<Token> tokens) {
        String c = clause.of(text);
        List<Candidate> out = new ArrayList<>();
        Matcher m = LIST.matcher(c);
        int listEnd = -1;
        // A count without 等 (A、B、C3个项目) makes a list only when items are enumerated.
        if (m.find() && m.start() > 0 && !NOT_PROJECTS.matcher(m.group(3)).find()
                && (m.group(2) == null || c.substring(0, m.start()).contains("、"))) {
            boolean counted = m.group(1) != null || m.group(2) != null;
            boolean strict = !STRONG_TAIL.matcher(m.group(4)).matches();
            int itemsEnd = clause.start() + m.start();
            int first = NameBoundary.start(text, clause, tokens, itemsEnd, Set.of("、", "和", "及"));
            int s = first;
            for (int k = first; k <= itemsEnd; k++) {
                if (k == itemsEnd || text.charAt(k) == '、' && !betweenNumerals(text, k)) {
                    addItem(text, clause, tokens, s, k, counted, strict, out);
                    s = k + 1;
                }
            }
            listEnd = clause.start() + m.end();
        }
        ProjectLexicon lex = ProjectLexicon.get();
        for (int k = clause.start(); k < clause.end(); k++) {
            if (k < listEnd) {
                continue;
            }
            for (String head : lex.heads()) {
                if (text.startsWith(head, k) && (!lex.isWeakHead(head) || BUILDING.matcher(c).find())) {
                    if (splitsToken(tokens, k + head.length())) {
                        break;
                    }
                    int end = closeParenthesis(text, clause, k,
                            extendEnd(text, clause, k + head.length(), head));
                    int start = leftBoundary(text, clause, tokens, k);
                    if (start < k) {
                        out.add(new Candidate(start, end, false, false));
                        precedingItems(text, clause, tokens, start, head, out);
                    }
                    break;
                }
            }
        }
        return accept(text, clause, tokens, out);
    }

    /**
     * "湖岸西路、华清产业大道一期开通", "华润慧光(七期)、龙坪风电(八期)和大路边…项目": items before
     * a found name, separated by 、 or 和, that end like a project name (a head word, a phase or the
     * same last character) are projects too.
     */
    private static void precedingItems(String text, Span clause, List<Token> tokens, int start, String head,
                                       List<Candidate> out) {
        int end = start - 1;
        while (end > clause.start() && "、和及".indexOf(text.charAt(end)) >= 0) {
            int s = end;
            while (s > clause.start() && "、，,；;：:".indexOf(text.charAt(s - 1)) < 0) {
                s--;
            }
            String item = text.substring(s, end);
            if (!projectLike(item, head)) {
                return;
            }
            int from = NameBoundary.trim(text, tokens, s, end);
            if (end - from >= 2) {
                out.add(new Candidate(from, end, false, true));
            }
            end = s - 1;
        }
    }

    private static boolean projectLike(String item, String head) {
        String last = head.isEmpty() ? "" : head.substring(head.length() - 1);
        return !last.isEmpty() && "路桥站线段".contains(last) && item.endsWith(last)
                || PHASE_END.matcher(item).find()
                || ProjectLexicon.get().heads().stream().anyMatch(item::endsWith);
    }

    /** 东强三、四期: a 、 between numerals belongs to the name. */
    private static boolean betweenNumerals(String text, int k) {
        return k > 0 && k + 1 < text.length() && NUMERALS.indexOf(text.charAt(k - 1)) >= 0
                && NUMERALS.indexOf(text.charAt(k + 1)) >= 0;
    }

    private static void addItem(String text, Span clause, List<Token> tokens, int s, int e, boolean counted,
                                boolean strict, List<Candidate> out) {
        while (e > s && "及和与".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        // "A和B" inside a list item names two projects when both sides are long enough.
        String item = text.substring(s, e);
        int and = Math.max(item.lastIndexOf('和'), item.lastIndexOf('及'));
        if (and >= 3 && item.length() - and - 1 >= 3 && projectLike(item.substring(0, and), "")) {
            addItem(text, clause, tokens, s, s + and, counted, strict, out);
            addItem(text, clause, tokens, s + and + 1, e, counted, strict, out);
            return;
        }
        int start = NameBoundary.trim(text, tokens, s, e);
        // “粤菜师傅”“南粤家政”: quoted list items name programs.
        boolean quotedItem = start > 0 && text.charAt(start) == '“' && text.charAt(e - 1) == '”'
                || start > 0 && text.charAt(start - 1) == '“' && e < text.length() && text.charAt(e) == '”';
        // 西江镇、保安镇2个治超卸货场: items that are bare places are where, not what.
        boolean place = BARE_PLACE.matcher(text.substring(start, e)).matches();
        if (e - start >= 2 && !quotedItem && !place) {
            out.add(new Candidate(start, e, counted, true, strict));
        }
    }

    /** 燕喜文化园(研学基地: a head inside parentheses ends the name at the closing parenthesis. */
    private static int closeParenthesis(String text, Span clause, int headStart, int end) {
        int open = Math.max(text.lastIndexOf('(', headStart), text.lastIndexOf('（', headStart));
        int close = Math.max(text.lastIndexOf(')', end - 1), text.lastIndexOf('）', end - 1));
        if (open >= clause.start() && close < open) {
            for (int k = end; k < Math.min(clause.end(), end + 12); k++) {
                if (text.charAt(k) == ')' || text.charAt(k) == '）') {
                    return k + 1;
                }
            }
        }
        return end;
    }

    /** True when a token runs across {@code end}: 桥 of 枫桥经验 does not end a name. */
    private static boolean splitsToken(List<Token> tokens, int end) {
        for (Token t : tokens) {
            if (t.start() < end && end < t.end()) {
                return t.word().length() > 2 || !t.pos().isNoun();
            }
        }
        return false;
    }

    /** The end of a name whose head ends at {@code end}: a phase or a road section may follow. */
    private static int extendEnd(String text, Span clause, int end, String head) {
        String rest = text.substring(end, clause.end());
        Matcher p = PHASE.matcher(rest);
        if (p.find()) {
            return end + p.end();
        }
        if (head.equals("高速") || head.equals("高铁") || head.equals("公路") || head.equals("大道")) {
            Matcher s = SEGMENT.matcher(rest);
            if (s.find()) {
                return end + s.end();
            }
        }
        return end;
    }

    private static int leftBoundary(String text, Span clause, List<Token> tokens, int headStart) {
        return NameBoundary.start(text, clause, tokens, headStart, Set.of());
    }

    /** Keeps candidates that name a concrete project, dropping those inside a longer one. */
    private static List<Candidate> accept(String text, Span clause, List<Token> tokens,
                                          List<Candidate> found) {
        ProjectLexicon lex = ProjectLexicon.get();
        List<Candidate> ok = new ArrayList<>();
        for (Candidate c : found) {
            String name = clean(text.substring(c.start(), c.end()));
            if (name.length() < 3 || name.length() > 45 || lex.isGeneric(name) || name.contains("等")
                    || ADMIN_PLACE.matcher(name.replaceFirst("项目$", "")).matches()) {
                // 整合连州市项目: a bare place with 项目 names the place's projects, not one project.
                continue;
            }
            String surface = text.substring(c.start(), c.end());
            // A quoted name followed by 工程/行动 is a Program (“百千万工程”), not a project.
            if (surface.matches(".*[”\"](工程|项目|行动)$") || surface.startsWith("“")) {
                continue;
            }
            String head = ProjectLexicon.get().heads().stream().filter(name::endsWith).findFirst().orElse("");
            boolean shortModifier = (head.equals("项目") || head.equals("工程"))
                    && name.length() - head.length() < 3;
            if (NameBoundary.startsWithCount(name) || quoted(text, clause, c) || shortModifier
                    || name.matches("^[(（〔\\[]?[一二三四五六七八九十0-9]+[)）〕\\]].*")
                    || (!c.group() || c.strict())
                    && !NameBoundary.hasProperName(text, tokens, c.start(), c.end())
                    && !(c.strict() && ProjectLexicon.get().heads().stream().anyMatch(name::endsWith))
                    && !PHASE_IN.matcher(name).find() && !subjectOfProgress(text, clause, c)
                    && !PLACE_PREFIX.matcher(name).find()) {
                continue;
            }
            ok.add(c);
        }
        List<Candidate> split = new ArrayList<>();
        for (Candidate c : ok) {
            String name = text.substring(c.start(), c.end());
            int and = Math.max(name.indexOf('及'), name.indexOf('和'));
            if (and >= 3 && name.length() - and - 1 >= 3 && projectLike(name.substring(0, and), "")) {
                split.add(new Candidate(c.start(), c.start() + and, c.listed(), c.group(), c.strict()));
                split.add(new Candidate(c.start() + and + 1, c.end(), c.listed(), c.group(), c.strict()));
            } else {
                split.add(c);
            }
        }
        ok = split;
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : ok) {
            boolean inside = false;
            for (Candidate d : ok) {
                if (d != c && d.start() <= c.start() && c.end() <= d.end()
                        && (d.end() - d.start() > c.end() - c.start())) {
                    inside = true;
                    break;
                }
            }
            boolean dup = out.stream().anyMatch(d -> d.start() == c.start() && d.end() == c.end());
            if (!inside && !dup) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A name that opens its clause and is followed by a progress word (清远磁浮开通运营, X基本完工)
     * is the subject of a report on a concrete project even when HanLP tags none of it as a name.
     */
    private static boolean subjectOfProgress(String text, Span clause, Candidate c) {
        String before = text.substring(clause.start(), c.start());
        boolean opens = before.isEmpty() || "、和及的".indexOf(before.charAt(before.length() - 1)) >= 0
                || ProjectLexicon.get().boundaryWords().stream()
                        .anyMatch(w -> w.length() >= 2 && before.endsWith(w));
        if (!opens) {
            return false;
        }
        String after = text.substring(c.end(), clause.end());
        if (PROGRESS.matcher(after).find()) {
            return true;
        }
        return ProjectLexicon.get().status().stream().anyMatch(e -> after.startsWith(e.getKey()));
    }

    /**
     * A name that is a whole quoted string (“百千万工程”) names a program, not a project; a name
     * inside 《》 is part of a document title.
     */
    private static boolean quoted(String text, Span clause, Candidate c) {
        int open = 0;
        int title = 0;
        for (int k = clause.start(); k < c.start(); k++) {
            char ch = text.charAt(k);
            open += ch == '“' ? 1 : ch == '”' ? -1 : 0;
            title += ch == '《' ? 1 : ch == '》' ? -1 : 0;
        }
        if (title > 0) {
            // Inside a document title (《…项目用地交易办法》).
            return true;
        }
        boolean opens = open > 0 || text.substring(c.start(), c.end()).indexOf('“') >= 0;
        return opens && c.end() < text.length() && text.charAt(c.end()) == '”';
    }

    static String clean(String surface) {
        return surface.replaceAll("[“”\"‘’「」《》\\s]", "");
    }

    private static void emit(String text, List<Token> tokens, Span clause, Span sentence, int sentenceIndex,
                             boolean plan, List<Candidate> found, List<Mention> mentions,
                             List<Relation> relations) {
        if (found.isEmpty()) {
            return;
        }
        String c = clause.of(text);
        TreeMap<String, String> shared = new TreeMap<>();
        Matcher year = YEAR.matcher(c);
        if (year.find()) {
            shared.put(Attr.YEAR, year.group(1));
        }
        // Amounts with absolute offsets: in this clause, or opening the next one ("X项目，总投资10亿元").
        List<Span> amountSpans = new ArrayList<>();
        List<Amount> amounts = new ArrayList<>();
        for (Amount a : Amount.find(c)) {
            amounts.add(a);
            amountSpans.add(new Span(clause.start() + a.start(), clause.start() + a.end()));
        }
        if (amounts.isEmpty() && clause.end() < sentence.end()) {
            int next = clause.end() + 1;
            int stop = next;
            while (stop < sentence.end() && CLAUSE_END.indexOf(text.charAt(stop)) < 0) {
                stop++;
            }
            List<Amount> more = Amount.find(text.substring(Math.min(next, stop), stop));
            if (!more.isEmpty() && more.get(0).start() == 0) {
                amounts.add(more.get(0));
                amountSpans.add(new Span(next, next + more.get(0).end()));
            }
        }
        Map<Candidate, Amount> investment = assignAmounts(text, found, amounts, amountSpans);
        List<Span> notStatus = new ArrayList<>(amountSpans);
        Map<String, String> group = Map.of();
        Matcher list = LIST.matcher(c);
        if (found.stream().anyMatch(Candidate::listed) && list.find()) {
            group = groupAmount(text, clause, list, investment, amounts, amountSpans);
            // 等44个区级重点建设项目: 建设 here names the group, it is no status.
            notStatus.add(new Span(clause.start() + list.start(), clause.start() + list.end()));
        }
        for (Candidate f : found) {
            String surface = text.substring(f.start(), f.end());
            TreeMap<String, String> attrs = new TreeMap<>(shared);
            statusOf(text, clause, f, found, notStatus)
                    .ifPresent(s -> putStatus(text, clause, s, plan, attrs));
            Matcher phase = PHASE_IN.matcher(surface);
            if (phase.find()) {
                attrs.put(Attr.PHASE, phase.group(1));
            }
            if (f.listed()) {
                attrs.putAll(group);
            }
            Amount a = investment.get(f);
            if (a != null) {
                attrs.put(Attr.INVESTMENT, a.yuan().toPlainString());
                attrs.put(Attr.INVESTMENT_KIND, a.kind());
                attrs.put(Attr.INVESTMENT_TEXT, a.text());
            }
            int index = mentions.size();
            mentions.add(new Mention(EntityType.Project, surface, clean(surface),
                    new Span(f.start(), f.end()), sentenceIndex, attrs));
            located(text, tokens, f, sentenceIndex, index, mentions, relations);
        }
    }

    /**
     * Gives each amount to the nearest project of the clause: one it follows (X总投资10亿元) or one it
     * directly precedes (投资4.5亿元的X). Members of a list share a group amount, which is not theirs.
     */
    private static Map<Candidate, Amount> assignAmounts(String text, List<Candidate> found,
                                                        List<Amount> amounts, List<Span> spans) {
        Map<Candidate, Amount> out = new java.util.HashMap<>();
        boolean single = found.size() == 1;
        for (int i = 0; i < amounts.size(); i++) {
            Span a = spans.get(i);
            Candidate best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Candidate f : found) {
                if (out.containsKey(f) || f.listed() || f.group() && !single) {
                    continue;
                }
                int d;
                if (a.start() >= f.end() && GAP.matcher(text.substring(f.end(), a.start())).matches()) {
                    d = a.start() - f.end();
                } else if (a.end() <= f.start() && text.substring(a.end(), f.start()).matches("的?")) {
                    d = f.start() - a.end();
                } else {
                    continue;
                }
                if (d < bestDistance) {
                    best = f;
                    bestDistance = d;
                }
            }
            if (best != null) {
                out.put(best, amounts.get(i));
            }
        }
        return out;
    }

    /** A status word found at {@code at}: the word as written and its status. */
    private record StatusHit(int at, String word, String status) {
    }

    /**
     * The amount a clause states for a counted group of projects (A、B等18个省、市重点项目完成投资13.95亿元),
     * as {@link Attr#GROUP} attributes for the group's members; empty when every amount found a project.
     *
     * @param list the clause's list match ({@link #LIST}), relative to the clause
     */
    private static Map<String, String> groupAmount(String text, Span clause, Matcher list,
                                                   Map<Candidate, Amount> investment, List<Amount> amounts,
                                                   List<Span> spans) {
        int listEnd = clause.start() + list.end();
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            if (investment.containsValue(a) || spans.get(i).start() < listEnd) {
                continue;
            }
            TreeMap<String, String> out = new TreeMap<>();
            // The group's noun phrase runs from the count to the last 项目/工程 before the amount.
            int from = clause.start() + list.start() + (list.group().startsWith("等") ? 1 : 0);
            String upTo = text.substring(from, spans.get(i).start());
            int head = Math.max(upTo.lastIndexOf("项目"), upTo.lastIndexOf("工程"));
            String phrase = head > 0 ? upTo.substring(0, head + 2) : text.substring(from, listEnd);
            out.put(Attr.GROUP, phrase);
            Matcher count = GROUP_COUNT.matcher(phrase);
            if (count.find()) {
                out.put(Attr.GROUP_SIZE, count.group(1));
            }
            out.put(Attr.GROUP_AT, Integer.toString(spans.get(i).start()));
            out.put(Attr.GROUP_INVESTMENT, a.yuan().toPlainString());
            out.put(Attr.GROUP_INVESTMENT_KIND, a.kind());
            out.put(Attr.GROUP_INVESTMENT_TEXT, a.text());
            return out;
        }
        return Map.of();
    }

    /** The status word of a candidate: the first after it in the clause, else the last before it. */
    private static Optional<StatusHit> statusOf(String text, Span clause, Candidate f, List<Candidate> all,
                                               List<Span> skip) {
        // A推进、B加快建设、C尽快完工: an item followed by its own status word before the next item has it.
        int next = all.stream().mapToInt(Candidate::start).filter(st -> st >= f.end()).min().orElse(-1);
        if (next >= 0) {
            StatusHit own = scanStatus(text, f.end(), next, true, skip);
            if (own != null) {
                return Optional.of(own);
            }
        }
        int after = all.stream().mapToInt(Candidate::end).max().orElse(f.end());
        StatusHit found = scanStatus(text, after, clause.end(), true, skip);
        if (found == null) {
            found = scanStatus(text, clause.start(), f.start(), false, skip);
        }
        return Optional.ofNullable(found);
    }

    private static StatusHit scanStatus(String text, int from, int to, boolean first, List<Span> skip) {
        StatusHit best = null;
        for (int k = from; k < to; k++) {
            int at = k;
            if (skip.stream().anyMatch(s -> s.start() <= at && at < s.end())) {
                continue;
            }
            for (Map.Entry<String, String> e : ProjectLexicon.get().status()) {
                if (text.startsWith(e.getKey(), k) && k + e.getKey().length() <= to) {
                    StatusHit hit = new StatusHit(k, e.getKey(), e.getValue());
                    if (first) {
                        return hit;
                    }
                    best = hit;
                    k += e.getKey().length() - 1;
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Puts the status of {@code hit} into {@code attrs}. A status word is a goal rather than a fact in
     * a part of the report that sets out plans, after a target word of its clause (力促…开工), or
     * when it opens with one (尽快开工). A goal of signing or starting means the project is still
     * planned; a goal of completing it says nothing of its state now, so only the target is kept.
     */
    private static void putStatus(String text, Span clause, StatusHit hit, boolean plan,
                                  Map<String, String> attrs) {
        attrs.put(Attr.STATUS_TEXT, hit.word());
        ProjectLexicon lex = ProjectLexicon.get();
        String before = text.substring(clause.start(), hit.at()).replace("计划投资", "");
        String goal = null;
        for (String w : lex.targetWords()) {
            if (hit.word().startsWith(w) && hit.word().length() > w.length()) {
                goal = statusOfWord(hit.word().substring(w.length()));
                break;
            }
        }
        boolean cue = lex.targetWords().stream().anyMatch(before::contains);
        if (goal == null && (plan || cue) && !hit.status().equals("planned")
                && !hit.status().equals("underConstruction")) {
            goal = hit.status();
        }
        if (goal == null) {
            attrs.put(Attr.STATUS, hit.status());
            return;
        }
        attrs.put(Attr.TARGET_STATUS, goal);
        if (goal.equals("signed") || goal.equals("started")) {
            attrs.put(Attr.STATUS, "planned");
        }
    }

    private static String statusOfWord(String word) {
        for (Map.Entry<String, String> e : ProjectLexicon.get().status()) {
            if (e.getKey().equals(word)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A Place mention for an administrative place the name starts with, and an organisation prefix. */
    private static void located(String text, List<Token> tokens, Candidate f, int sentenceIndex, int project,
                                List<Mention> mentions, List<Relation> relations) {
        String surface = text.substring(f.start(), f.end());
        Matcher company = COMPANY.matcher(surface);
        if (company.find()) {
            String org = company.group(1);
            mentions.add(new Mention(EntityType.Organization, org, clean(org),
                    new Span(f.start(), f.start() + org.length()), sentenceIndex));
            relations.add(new Relation(Relation.BY_ORGANIZATION, project, mentions.size() - 1, sentenceIndex,
                    new TreeMap<>()));
            return;
        }
        // The run of HanLP place tokens the name opens with (清远市清城区…): each administrative
        // division in it is a Place mention; the project is located in the most specific one.
        int k = f.start();
        int last = -1;
        for (Token t : tokens) {
            if (t.start() < k) {
                continue;
            }
            if (t.start() != k || !t.pos().is(Pos.PLACE) || t.end() >= f.end()) {
                break;
            }
            k = t.end();
            if (t.word().length() >= 3 && ADMIN.matcher(t.word()).matches()) {
                mentions.add(new Mention(EntityType.Place, t.word(), t.word(), new Span(t.start(), t.end()),
                        sentenceIndex));
                last = mentions.size() - 1;
            }
        }
        if (last >= 0) {
            relations.add(new Relation(Relation.LOCATED_IN, project, last, sentenceIndex, new TreeMap<>()));
        }
    }
}
