package org.govkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.extract.project.Amount;
import org.govkg.extract.project.AmountRule.GroupAmount;
import org.govkg.extract.project.AmountRule;
import org.govkg.extract.project.CandidateFilter;
import org.govkg.extract.project.CompanyPrefix;
import org.govkg.extract.project.HeadRule;
import org.govkg.extract.project.ListRule;
import org.govkg.extract.project.PlacePrefix;
import org.govkg.extract.project.ProjectCandidate;
import org.govkg.extract.project.StatusRule;
import org.govkg.nlp.Token;
import org.govkg.text.Cancellation;
import org.govkg.text.ClauseSplitter;
import org.govkg.text.Sentence;
import org.govkg.text.Span;

/**
 * Finds Project mentions: concrete, named construction and investment projects.
 * <p>Requires: an analysed document (sentences and their HanLP tokens). Produces: Project
 * mentions with {@link Attr#STATUS}, {@link Attr#INVESTMENT} (decimal yuan), {@link Attr#PHASE} and
 * {@link Attr#YEAR} when the same clause states them; Place mentions for the administrative place
 * a name starts with (where the project lies is inferred in resolution); Organization mentions for the
 * company a name starts with, linked by {@link Relation#BY_ORGANIZATION}.
 * <p>Two rules find names inside a clause ({@link ClauseSplitter#CLAUSES}): the {@link ListRule}
 * (“A、B、C等一批项目” gives A, B and C) and the {@link HeadRule} (a name ends with a head word such as
 * 项目, 工程, 高速, 产业园 and starts after a boundary token); {@link CandidateFilter} keeps the concrete
 * ones. {@link AmountRule}, {@link StatusRule}, {@link PlacePrefix} and {@link CompanyPrefix} give their
 * attributes and related mentions; this class only runs them and turns their results into mentions.
 */
public final class ProjectExtractor implements Extractor {

    private static final Pattern PHASE_IN = Pattern.compile("(首期|[一二三四五六七八九十]+期)");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        List<Mention> mentions = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        String text = doc.text();
        List<Sentence> sentences = doc.structure().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Cancellation.check();
            List<Token> tokens = doc.tokens().get(i);
            Span sentence = sentences.get(i).span();
            for (Span clause : ClauseSplitter.CLAUSES.split(text, sentence)) {
                List<ProjectCandidate> found = inClause(text, clause, tokens);
                emit(text, tokens, clause, sentence, i, doc.structure().inPlan(sentence.start()), found,
                        mentions, relations);
            }
        }
        return new Extraction(mentions, relations, List.of());
    }

    private static List<ProjectCandidate> inClause(String text, Span clause, List<Token> tokens) {
        List<ProjectCandidate> out = new ArrayList<>();
        int listEnd = ListRule.find(text, clause, tokens, out);
        HeadRule.find(text, clause, tokens, listEnd, out);
        return CandidateFilter.accept(text, clause, tokens, out);
    }

    private static void emit(String text, List<Token> tokens, Span clause, Span sentence, int sentenceIndex,
                             boolean plan, List<ProjectCandidate> found, List<Mention> mentions,
                             List<Relation> relations) {
        if (found.isEmpty()) {
            return;
        }
        String c = clause.of(text);
        TreeMap<Attr, String> shared = new TreeMap<>();
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
            int stop = ClauseSplitter.CLAUSES.endAfter(text, sentence, next);
            List<Amount> more = Amount.find(text.substring(Math.min(next, stop), stop));
            if (!more.isEmpty() && more.get(0).start() == 0) {
                amounts.add(more.get(0));
                amountSpans.add(new Span(next, next + more.get(0).end()));
            }
        }
        Map<ProjectCandidate, Amount> investment = AmountRule.assign(text, found, amounts, amountSpans);
        List<Span> notStatus = new ArrayList<>(amountSpans);
        Map<Attr, String> group = Map.of();
        Matcher list = ListRule.matcher(c);
        if (found.stream().anyMatch(ProjectCandidate::listed) && list.find()) {
            group = AmountRule.group(text, clause, list, investment, amounts, amountSpans)
                    .map(ProjectExtractor::groupAttrs).orElse(Map.of());
            // 等44个区级重点建设项目: 建设 here names the group, it is no status.
            notStatus.add(new Span(clause.start() + list.start(), clause.start() + list.end()));
        }
        StatusRule.InClause status = new StatusRule.InClause(text, clause, found, notStatus);
        for (ProjectCandidate f : found) {
            String surface = text.substring(f.start(), f.end());
            TreeMap<Attr, String> attrs = new TreeMap<>(shared);
            status.statusOf(f)
                    .ifPresent(s -> putStatus(status.read(s, plan), attrs));
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
            mentions.add(new Mention(EntityType.Project, surface, CandidateFilter.clean(surface),
                    new Span(f.start(), f.end()), sentenceIndex, attrs));
            located(text, tokens, f, sentenceIndex, index, mentions, relations);
        }
    }

    private static Map<Attr, String> groupAttrs(GroupAmount g) {
        TreeMap<Attr, String> out = new TreeMap<>();
        out.put(Attr.GROUP, g.phrase());
        g.size().ifPresent(n -> out.put(Attr.GROUP_SIZE, n));
        out.put(Attr.GROUP_AT, Integer.toString(g.at()));
        out.put(Attr.GROUP_INVESTMENT, g.amount().yuan().toPlainString());
        out.put(Attr.GROUP_INVESTMENT_KIND, g.amount().kind());
        out.put(Attr.GROUP_INVESTMENT_TEXT, g.amount().text());
        return out;
    }

    private static void putStatus(StatusRule.Reading r, Map<Attr, String> attrs) {
        attrs.put(Attr.STATUS_TEXT, r.word());
        r.status().ifPresent(s -> attrs.put(Attr.STATUS, s));
        r.target().ifPresent(t -> attrs.put(Attr.TARGET_STATUS, t));
    }

    /** A Place mention for each division the name starts with, or an Organization for a company prefix. */
    private static void located(String text, List<Token> tokens, ProjectCandidate f, int sentenceIndex,
                                int project, List<Mention> mentions, List<Relation> relations) {
        String surface = text.substring(f.start(), f.end());
        Optional<String> company = CompanyPrefix.of(surface);
        if (company.isPresent()) {
            String org = company.get();
            mentions.add(new Mention(EntityType.Organization, org, CandidateFilter.clean(org),
                    new Span(f.start(), f.start() + org.length()), sentenceIndex));
            relations.add(new Relation(RelationKind.BY_ORGANIZATION, project, mentions.size() - 1,
                    sentenceIndex, new TreeMap<>()));
            return;
        }
        List<Token> places = PlacePrefix.divisions(tokens, new Span(f.start(), f.end()));
        for (Token t : places) {
            mentions.add(new Mention(EntityType.Place, t.word(), t.word(), new Span(t.start(), t.end()),
                    sentenceIndex));
        }
    }
}
