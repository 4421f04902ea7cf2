package org.govkg.extract.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.govkg.gazetteer.AdminSuffixes;
import org.govkg.nlp.Pos;
import org.govkg.nlp.Token;
import org.govkg.nlp.Tokens;
import org.govkg.text.Quotes;
import org.govkg.text.Span;

/**
 * Keeps the candidates of a clause that name one concrete project: not generic, not a bare place, not
 * quoted (a program) or inside a document title, specific (a proper name, a phase, a place prefix, or
 * reported on); a name “A和B” of two project-like halves is split, and names inside longer ones dropped.
 */
public final class CandidateFilter {

    private static final ProjectLexicon LEX = ProjectLexicon.get();
    private static final AdminSuffixes ADMIN = AdminSuffixes.get();
    /** A name opening with an administrative place (清远市中心城区…) is specific even untagged. */
    private static final Pattern PLACE_PREFIX = Pattern.compile(
            "^[\\u4e00-\\u9fa5]{2,4}(" + AdminSuffixes.alternation(ADMIN.regularDivisionOnly()) + ")");
    private static final Pattern ADMIN_PLACE = Pattern.compile(
            "[\\u4e00-\\u9fa5]{1,4}("
                    + AdminSuffixes.alternation(ADMIN.regularDivisionOnlyAboveVillage()) + ")");
    private static final Pattern PHASE_IN = Pattern.compile("(首期|[一二三四五六七八九十]+期)");
    private static final Pattern PROGRESS = Pattern.compile(
            "^(" + ProjectLexicon.alternation(LEX.progressWords()) + ")");
    private static final String NUMBER = "([0-9]+|[一二三四五六七八九十两百千几多]+)";
    private static final Pattern COUNT_BEFORE = Pattern.compile(
            "(" + NUMBER + "(个|项|宗|家|条|批|座|所|处)|一批|多个|若干|一系列)$");
    private static final Pattern COUNT_AFTER = Pattern.compile(NUMBER + "(个|项|宗|家|座|所|处|条)");
    private static final Pattern LISTED_AFTER = Pattern.compile("等" + NUMBER + "(个|项|宗|家|座|所|处|条)");
    private static final Pattern PROJECTS_LISTED_AFTER = Pattern.compile(
            "等" + NUMBER + "(个|项|宗|家|座|所|处|条)[^，。；,;]{0,12}?(项目|工程)");
    private static final Pattern SAME_WORK_TAIL = Pattern.compile("(建设)?(项目|工程)");
    /** 盘锦精细化工2个平台: a count inside a name. */
    private static final Pattern COUNT_INSIDE = Pattern.compile("[0-9]+(个|项|家)");
    private static final Pattern SURFACE_MARKS =
            Pattern.compile("[" + Quotes.charClass(Quotes.IN_SURFACE) + "\\s]");

    private CandidateFilter() {
    }

    /** The name of a surface: without quotation marks, title marks and white space. */
    public static String clean(String surface) {
        return SURFACE_MARKS.matcher(surface).replaceAll("");
    }

    /** Keeps candidates that name a concrete project, dropping those inside a longer one. */
    public static List<ProjectCandidate> accept(String text, Span clause, List<Token> tokens,
                                                List<ProjectCandidate> found) {
        List<ProjectCandidate> ok = new ArrayList<>();
        Marks marks = new Marks(text, clause);
        for (ProjectCandidate c : found) {
            String name = clean(text.substring(c.start(), c.end()));
            if (name.length() < 3 || name.length() > 45 || LEX.isGeneric(name) || name.contains("等")
                    || ADMIN_PLACE.matcher(name.replaceFirst("项目$", "")).matches()) {
                // 整合连州市项目: a bare place with 项目 names the place's projects, not one project.
                continue;
            }
            String surface = text.substring(c.start(), c.end());
            // A quoted name followed by 工程/行动 is a Program (“百千万工程”), not a project.
            if (surface.matches(".*[”\"](工程|项目|行动)$") || surface.startsWith("“")) {
                continue;
            }
            String head = LEX.heads().stream().filter(name::endsWith).findFirst().orElse("");
            if (counted(text, clause, c) || COUNT_INSIDE.matcher(name).find()
                    || programOfWorks(text, tokens, c, name)
                    || name.startsWith("项目") || name.startsWith("工程")
                    || name.substring(0, name.length() - head.length()).matches("[0-9一二三四五六七八九十百]+")) {
                // 30个产业创新综合体, 国家现代农业产业园3个, 居民收入水平提升工程, 40桥: kinds and programs.
                continue;
            }
            if (LEX.isSubjectHead(head) && !(c.listed() && !c.strict())
                    && !subjectOfProgress(text, clause, tokens, c)) {
                // 打造全国经济中心、国家科技创新中心: roles; 西部金融中心建设提速: a work reported on.
                continue;
            }
            boolean shortModifier = (head.equals("项目") || head.equals("工程"))
                    && name.length() - head.length() < 3;
            if (NameBoundary.startsWithCount(name) || quoted(text, marks, c) || shortModifier
                    || name.matches("^[(（〔\\[]?[一二三四五六七八九十0-9]+[)）〕\\]].*")
                    || (!c.group() || c.strict())
                    && !NameBoundary.hasProperName(text, tokens, c.start(), c.end())
                    && !(c.strict() && LEX.heads().stream().anyMatch(name::endsWith))
                    && !PHASE_IN.matcher(name).find() && !subjectOfProgress(text, clause, tokens, c)
                    && !PLACE_PREFIX.matcher(name).find()) {
                continue;
            }
            ok.add(c);
        }
        adoptLongerForms(text, found, ok);
        List<ProjectCandidate> split = new ArrayList<>();
        for (ProjectCandidate c : ok) {
            String name = text.substring(c.start(), c.end());
            int and = Math.max(name.indexOf('及'), name.indexOf('和'));
            // 江北国际机场T3B航站楼及第四跑道: an ordinal right half is a part of the same work.
            if (and >= 3 && name.length() - and - 1 >= 3
                    && HeadRule.projectLike(name.substring(0, and), "") && name.charAt(and + 1) != '第') {
                split.add(new ProjectCandidate(c.start(), c.start() + and, c.listed(), c.group(),
                        c.strict()));
                split.add(new ProjectCandidate(c.start() + and + 1, c.end(), c.listed(), c.group(),
                        c.strict()));
            } else {
                split.add(c);
            }
        }
        ok = split;
        // A candidate is inside a longer one when some candidate starting at or before it ends at or after
        // it and is not the same span: the largest end among earlier starts, or a longer one at its start.
        TreeMap<Integer, Integer> maxEndAt = new TreeMap<>();
        for (ProjectCandidate c : ok) {
            maxEndAt.merge(c.start(), c.end(), Math::max);
        }
        TreeMap<Integer, Integer> maxEndBefore = new TreeMap<>();
        int running = Integer.MIN_VALUE;
        for (Map.Entry<Integer, Integer> e : maxEndAt.entrySet()) {
            maxEndBefore.put(e.getKey(), running);
            running = Math.max(running, e.getValue());
        }
        List<ProjectCandidate> out = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        for (ProjectCandidate c : ok) {
            boolean inside = maxEndBefore.get(c.start()) >= c.end() || maxEndAt.get(c.start()) > c.end();
            if (!inside && seen.add(new Span(c.start(), c.end()))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * 中医院煎药服务平台建设项目: a name rejected only for want of evidence that is an accepted name plus
     * 建设项目, 项目 or 工程 names the same work, so it is accepted too (and the shorter one then lies inside).
     */
    private static void adoptLongerForms(String text, List<ProjectCandidate> found,
                                         List<ProjectCandidate> ok) {
        Map<Integer, Integer> acceptedEnd = new java.util.HashMap<>();
        for (ProjectCandidate a : ok) {
            acceptedEnd.merge(a.start(), a.end(), Math::max);
        }
        Set<ProjectCandidate> accepted = new HashSet<>(ok);
        for (ProjectCandidate c : found) {
            Integer end = acceptedEnd.get(c.start());
            if (end != null && end < c.end() && !accepted.contains(c)
                    && SAME_WORK_TAIL.matcher(text.substring(end, c.end())).matches()) {
                ok.add(c);
                accepted.add(c);
            }
        }
    }

    /**
     * A count right before the name (30个产业创新综合体, 一批重大增量项目) or right after it (国家现代农业产业园
     * 3个, 民生项目280个; not after a list item, 台黑4条高速) counts things of a kind: the name is the
     * kind's, not one project's.
     */
    static boolean counted(String text, Span clause, ProjectCandidate c) {
        String before = text.substring(Math.max(clause.start(), c.start() - 8), c.start());
        if (COUNT_BEFORE.matcher(before).find()) {
            return true;
        }
        if (c.group()) {
            return false;
        }
        // 太平镇大秦水库等7个乡镇集中式饮用水源地: one of a counted list of things other than projects.
        return COUNT_AFTER.matcher(text).region(c.end(), clause.end()).lookingAt()
                || LISTED_AFTER.matcher(text).region(c.end(), clause.end()).lookingAt()
                && !PROJECTS_LISTED_AFTER.matcher(text).region(c.end(), clause.end()).lookingAt();
    }

    /**
     * 居民收入水平提升工程, 生态惠民示范工程: a program word right before 工程, in a name that holds no
     * place, no number and no word for a built thing, names a program, not a work.
     */
    static boolean programOfWorks(String text, List<Token> tokens, ProjectCandidate c, String name) {
        // 办实事工程项目: a 项目 after 工程 changes nothing.
        String works = name.endsWith("工程项目") ? name.substring(0, name.length() - 2) : name;
        if (!works.endsWith("工程")) {
            return false;
        }
        String before = works.substring(0, works.length() - 2);
        if (LEX.programVerbs().stream().noneMatch(before::endsWith) || LEX.holdsWorkWord(before)
                || name.matches(".*[A-Za-z0-9０-９].*") || PLACE_PREFIX.matcher(name).find()) {
            return false;
        }
        return Tokens.overlapping(tokens, c.start(), c.end()).stream()
                .noneMatch(t -> t.pos().is(Pos.PLACE) || t.pos().is(Pos.ORGANIZATION) || t.pos().isPerson());
    }

    /** Running counts of open quotes and title marks from a clause's start, for every position in it. */
    private static final class Marks {
        private final int start;
        private final int[] open;
        private final int[] title;

        Marks(String text, Span clause) {
            start = clause.start();
            open = new int[clause.length() + 1];
            title = new int[clause.length() + 1];
            for (int k = clause.start(); k < clause.end(); k++) {
                char ch = text.charAt(k);
                int i = k - start;
                open[i + 1] = open[i] + (ch == '“' ? 1 : ch == '”' ? -1 : 0);
                title[i + 1] = title[i] + (ch == '《' ? 1 : ch == '》' ? -1 : 0);
            }
        }

        /** Open “ before {@code at} less closed ”. */
        int open(int at) {
            return open[at - start];
        }

        /** Open 《 before {@code at} less closed 》. */
        int title(int at) {
            return title[at - start];
        }
    }

    /**
     * A name that opens its clause and is followed by a progress word (清远磁浮开通运营, X基本完工)
     * is the subject of a report on a concrete project even when HanLP tags none of it as a name.
     */
    private static boolean subjectOfProgress(String text, Span clause, List<Token> tokens,
                                             ProjectCandidate c) {
        int before = c.start() - clause.start();
        boolean opens = before == 0 || "、和及的".indexOf(text.charAt(c.start() - 1)) >= 0
                || LEX.boundaryWords().stream().anyMatch(w -> w.length() >= 2 && w.length() <= before
                && text.startsWith(w, c.start() - w.length()));
        if (!opens) {
            return false;
        }
        // Only what opens the rest of the clause counts: look there, do not copy the rest.
        if (PROGRESS.matcher(text).region(c.end(), clause.end()).lookingAt()) {
            return true;
        }
        if (LEX.status().stream().anyMatch(e -> e.getKey().length() <= clause.end() - c.end()
                && text.startsWith(e.getKey(), c.end()))) {
            return true;
        }
        // 渝西水资源配置工程破解区域缺水难题: a name that opens its clause before a verb is its subject.
        int next = Tokens.indexStartingAt(tokens, c.end());
        if (before != 0 || next < 0) {
            return false;
        }
        Pos pos = tokens.get(next).pos();
        // Light verbs (抓, 做, 是) speak of tasks and kinds more often than they report on a work.
        return pos.isVerb() && !pos.is(Pos.VERBAL_NOUN) && !LEX.isLightVerb(tokens.get(next).word());
    }

    /**
     * A name that is a whole quoted string (“百千万工程”) names a program, not a project; a name
     * inside 《》 is part of a document title.
     */
    private static boolean quoted(String text, Marks marks, ProjectCandidate c) {
        int open = marks.open(c.start());
        if (marks.title(c.start()) > 0) {
            // Inside a document title (《…项目用地交易办法》).
            return true;
        }
        boolean opens = open > 0 || text.substring(c.start(), c.end()).indexOf('“') >= 0;
        return opens && c.end() < text.length() && text.charAt(c.end()) == '”';
    }
}
