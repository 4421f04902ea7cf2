package org.govkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the parts of a report that set out plans (2023年工作安排, 三、下半年工作安排) rather than
 * review what was done: a statement there that a project starts or is completed is a goal.
 * <p>A plan part opens at a short heading line ending in a plan word and runs to the next short
 * heading about a review (回顾, 完成情况, 存在问题), to the back matter (名词解释, 注释), or to the end.
 */
public final class PlanParts {

    private static final Pattern DECORATION = Pattern.compile("[\\s*#*＊]|^[一二三四五六七八九十]+[、.．]"
            + "|^[(（][一二三四五六七八九十]+[)）]");
    private static final Pattern OPENS = Pattern.compile(
            ".{0,16}(工作安排|工作计划|工作打算|主要任务|重点任务|工作思路|工作建议|工作部署|重点工作|工作任务|目标任务)");
    private static final Pattern CLOSES = Pattern.compile(
            ".{0,16}(工作回顾|回顾|完成情况|执行情况|主要问题|存在问题|困难和问题|名词解释|注释|附件|附表)");
    private static final int HEADING_MAX = 24;

    private PlanParts() {
    }

    /** The plan parts of {@code text}, in order, given its paragraphs. */
    public static List<Span> find(String text, List<Paragraph> paragraphs) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (Paragraph p : paragraphs) {
            String line = p.span().of(text);
            if (line.length() > HEADING_MAX + 8) {
                continue;
            }
            String bare = DECORATION.matcher(line).replaceAll("");
            if (bare.isEmpty() || bare.length() > HEADING_MAX || bare.matches(".*[。；;，,]$")) {
                continue;
            }
            if (open < 0 && OPENS.matcher(bare).matches()) {
                open = p.span().start();
            } else if (open >= 0 && CLOSES.matcher(bare).matches()) {
                out.add(new Span(open, p.span().start()));
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new Span(open, text.length()));
        }
        return out;
    }
}
