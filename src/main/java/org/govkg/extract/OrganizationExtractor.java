package org.govkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.extract.org.OrganizationLexicon;
import org.govkg.extract.project.NameBoundary;
import org.govkg.nlp.Token;
import org.govkg.text.Sentence;
import org.govkg.text.Span;

/**
 * Finds Organization mentions: companies, institutions and government bodies other than a bare
 * level of government.
 * <p>Requires: an analysed document. Produces: Organization mentions from three rules —
 * a name ending in an organisation suffix (有限公司, 集团, 大学, 医院, 局, 厅 …) whose left edge
 * HanLP's tokens give; a known institution or curated company name (国家发改委, 金发科技); and
 * short names listed before 等N家企业. HanLP's own {@code nt} tags are not used: on these reports
 * they are mostly wrong.
 */
public final class OrganizationExtractor implements Extractor {

    private static final String CLAUSE_END = "，,；;：:。！？!?、";
    private static final Pattern ENTERPRISE_LIST = Pattern.compile("等(\\d+|[一二三四五六七八九十]+)?(家|个)?(企业|公司)");
    private static final Pattern SHORT_NAME = Pattern.compile("[\\u4e00-\\u9fa5A-Za-z]{2,6}");
    private static final Set<String> GOVT_INNER = Set.of("和");

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        String text = doc.text();
        List<Mention> mentions = new ArrayList<>();
        List<Sentence> sentences = doc.structure().sentences();
        OrganizationLexicon lex = OrganizationLexicon.get();
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i).span();
            List<Token> tokens = doc.tokens().get(i);
            List<Span> found = new ArrayList<>();
            bySuffix(text, sentence, tokens, lex, found);
            byFixedName(text, sentence, lex, found);
            byEnterpriseList(text, sentence, tokens, found);
            for (Span s : found) {
                String surface = s.of(text);
                String name = surface.replaceAll("[“”\"‘’「」《》\\s]", "");
                if (name.length() >= 2 && !lex.isRejected(name)) {
                    mentions.add(new Mention(EntityType.Organization, surface, name, s, i));
                }
            }
        }
        return Extraction.of(mentions);
    }

    private static void bySuffix(String text, Span sentence, List<Token> tokens, OrganizationLexicon lex,
                                 List<Span> found) {
        for (int k = sentence.start(); k < sentence.end(); k++) {
            for (String suffix : lex.suffixes()) {
                if (!text.startsWith(suffix, k)) {
                    continue;
                }
                int end = k + suffix.length();
                // 公司 in 有限公司项目 is found once, at its longest suffix.
                if (end < sentence.end() && "生路街".indexOf(text.charAt(end)) >= 0) {
                    break;
                }
                Span clause = clauseAround(text, sentence, k);
                int start = NameBoundary.start(text, clause, tokens, k,
                        lex.isGovernmentSuffix(suffix) ? GOVT_INNER : Set.of(), true);
                if (k - start >= 2 && !overlapsLonger(found, start, end)) {
                    found.removeIf(f -> start <= f.start() && f.end() <= end);
                    found.add(new Span(start, end));
                }
                k = end - 1;
                break;
            }
        }
    }

    private static boolean overlapsLonger(List<Span> found, int start, int end) {
        return found.stream().anyMatch(f -> f.start() <= start && end <= f.end());
    }

    private static void byFixedName(String text, Span sentence, OrganizationLexicon lex, List<Span> found) {
        String s = sentence.of(text);
        for (String name : lex.fixedNames()) {
            int at = s.indexOf(name);
            while (at >= 0) {
                int start = sentence.start() + at;
                int end = start + name.length();
                if (!overlapsLonger(found, start, end)) {
                    found.add(new Span(start, end));
                }
                at = s.indexOf(name, at + name.length());
            }
        }
    }

    /** "家美、天弼等4家企业": the short names listed before 等N家企业. */
    private static void byEnterpriseList(String text, Span sentence, List<Token> tokens, List<Span> found) {
        Matcher m = ENTERPRISE_LIST.matcher(sentence.of(text));
        while (m.find()) {
            int listEnd = sentence.start() + m.start();
            int listStart = listEnd;
            while (listStart > sentence.start() && ",，;；:：。".indexOf(text.charAt(listStart - 1)) < 0) {
                listStart--;
            }
            int itemStart = listStart;
            for (int k = listStart; k <= listEnd; k++) {
                if (k == listEnd || text.charAt(k) == '、') {
                    int start = NameBoundary.trim(text, tokens, itemStart, k);
                    if (start < k && SHORT_NAME.matcher(text.substring(start, k)).matches()
                            && !overlapsLonger(found, start, k)) {
                        found.add(new Span(start, k));
                    }
                    itemStart = k + 1;
                }
            }
        }
    }

    private static Span clauseAround(String text, Span sentence, int at) {
        int s = at;
        while (s > sentence.start() && CLAUSE_END.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        return new Span(s, at);
    }
}
