package org.govkg.extract.project;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An investment amount stated in a clause, e.g. {@code 总投资约10.5亿元}.
 *
 * @param yuan  the amount in yuan
 * @param kind  {@code total}, {@code annualPlan} or {@code completed}
 * @param text  the amount as written, with its lead words (总投资约10.5亿元)
 * @param start offset of {@code text} in the searched string
 * @param end   end offset of {@code text}
 */
public record Amount(BigDecimal yuan, String kind, String text, int start, int end) {

    private static final Pattern MONEY = Pattern.compile(
            "(总投资额?|投资总额|年度投资计划|年度计划投资|年度计划|计划投资|年度完成投资|累计完成投资|完成投资|"
                    + "完成|投资金额|投资额|投资|意向投资)"
                    + "(?:达到|达|约|超过|超|近|为|共|合计|累计)*"
                    + "(\\d+(?:\\.\\d+)?)(亿元|万元|亿|万)");

    public Amount {
        requireNonNull(yuan, "yuan");
        requireNonNull(kind, "kind");
        requireNonNull(text, "text");
    }

    /** Every investment amount in {@code s}, in order; amounts without an investment word are skipped. */
    public static List<Amount> find(String s) {
        List<Amount> out = new ArrayList<>();
        Matcher m = MONEY.matcher(s);
        while (m.find()) {
            String lead = m.group(1);
            BigDecimal n = new BigDecimal(m.group(2));
            BigDecimal yuan = n.multiply(m.group(3).startsWith("亿") ? BigDecimal.valueOf(100_000_000L)
                    : BigDecimal.valueOf(10_000L)).stripTrailingZeros();
            if (yuan.scale() < 0) {
                yuan = yuan.setScale(0);
            }
            out.add(new Amount(yuan, kindOf(lead, s.substring(Math.max(0, m.start() - 4), m.start())),
                    m.group(), m.start(), m.end()));
        }
        return out;
    }

    private static String kindOf(String lead, String before) {
        if (lead.contains("完成")) {
            return "completed";
        }
        if (lead.contains("年度") || before.contains("年度") || before.contains("今年") || before.contains("年内")) {
            return "annualPlan";
        }
        return "total";
    }
}
