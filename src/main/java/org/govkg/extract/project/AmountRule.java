package org.govkg.extract.project;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.text.Span;

/**
 * Gives a clause's investment amounts ({@link Amount}) to its projects, and the amount left over to
 * the counted group of a list (A、B等18个省、市重点项目完成投资13.95亿元).
 */
public final class AmountRule {

    /** What may stand between a project and its amount: no list marker, no other item. */
    private static final Pattern GAP = Pattern.compile("[^等、]{0,12}");
    private static final Pattern GROUP_COUNT = Pattern.compile("^(\\d+)(个|项|宗|条)");

    /**
     * The amount a counted group states.
     *
     * @param phrase the group's noun phrase (18个省、市重点项目)
     * @param size   the count it opens with, when it has one
     * @param at     where the amount starts in the document text
     * @param amount the amount
     */
    public record GroupAmount(String phrase, Optional<String> size, int at, Amount amount) {
        public GroupAmount {
            requireNonNull(phrase, "phrase");
            requireNonNull(size, "size");
            requireNonNull(amount, "amount");
        }
    }

    private AmountRule() {
    }

    /**
     * Gives each amount to the nearest project of the clause: one it follows (X总投资10亿元) or one it
     * directly precedes (投资4.5亿元的X). Members of a list share a group amount, which is not theirs.
     *
     * @param spans the amounts' spans in the document text, parallel to {@code amounts}
     */
    public static Map<ProjectCandidate, Amount> assign(String text, List<ProjectCandidate> found,
                                                       List<Amount> amounts, List<Span> spans) {
        Map<ProjectCandidate, Amount> out = new HashMap<>();
        boolean single = found.size() == 1;
        for (int i = 0; i < amounts.size(); i++) {
            Span a = spans.get(i);
            ProjectCandidate best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (ProjectCandidate f : found) {
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

    /**
     * The amount a clause states for its counted group: the first amount after the list that no
     * project took; empty when there is none.
     *
     * @param list the clause's list match ({@link ListRule#matcher}), relative to the clause
     */
    public static Optional<GroupAmount> group(String text, Span clause, Matcher list,
                                              Map<ProjectCandidate, Amount> investment, List<Amount> amounts,
                                              List<Span> spans) {
        int listEnd = clause.start() + list.end();
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            if (investment.containsValue(a) || spans.get(i).start() < listEnd) {
                continue;
            }
            // The group's noun phrase runs from the count to the last 项目/工程 before the amount.
            int from = clause.start() + list.start() + (list.group().startsWith("等") ? 1 : 0);
            String upTo = text.substring(from, spans.get(i).start());
            int head = Math.max(upTo.lastIndexOf("项目"), upTo.lastIndexOf("工程"));
            String phrase = head > 0 ? upTo.substring(0, head + 2) : text.substring(from, listEnd);
            Matcher count = GROUP_COUNT.matcher(phrase);
            Optional<String> size = count.find() ? Optional.of(count.group(1)) : Optional.empty();
            return Optional.of(new GroupAmount(phrase, size, spans.get(i).start(), a));
        }
        return Optional.empty();
    }
}
