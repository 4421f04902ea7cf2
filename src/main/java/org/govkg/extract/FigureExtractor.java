package org.govkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.extract.figure.Indicators;
import org.govkg.extract.figure.Indicators.Indicator;
import org.govkg.text.DocumentMetadata;
import org.govkg.text.Paragraph;
import org.govkg.text.Sentence;
import org.govkg.text.Span;

/**
 * Finds reported figures of headline indicators.
 * <p>Requires: an analysed document (sentences, paragraphs, metadata). Produces: {@link Figure}s for
 * the document's own region (-1): in prose, an indicator alias followed by a value with its unit
 * and/or a growth rate (地区生产总值387.40亿元、同比增长4.9%); in a flattened table (one cell per
 * line after a 指标名称 header), one figure per indicator row and value column. The period comes
 * from the document's year and the words before the figure (上半年, 一季度, 1-6月, 全年); a
 * sentence that speaks of 目标/预期/力争 gives targets.
 */
public final class FigureExtractor implements Extractor {

    private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
    private static final Pattern GROWTH = Pattern.compile(
            "^[、，,]?(同比|比上年|可比价|按可比价计算)?(?:同比)?(增长|下降|上升|减少|回落)" + NUMBER + "%");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d) ?年");
    /** How far back a year named before a figure (2023 年工作安排 …) still dates it. */
    private static final int YEAR_WINDOW = 1500;
    private static final Pattern TABLE_VALUE = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)%(左右|以内)?$");

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        String text = doc.text();
        String year = yearOf(doc);
        List<Figure> figures = new ArrayList<>();
        List<Sentence> sentences = doc.structure().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            prose(doc, text, year, i, sentences.get(i).span(), figures);
        }
        table(doc, text, year, figures);
        return new Extraction(List.of(), List.of(), figures);
    }

    /**
     * The year the document reports on: its metadata's, else the year its opening pages name most
     * often (a work report reviewing 2022 says 2022年 more often than 2023年).
     */
    private static String yearOf(AnalyzedDocument doc) {
        DocumentMetadata m = doc.metadata();
        if (m.year().isPresent()) {
            return String.valueOf(m.year().get());
        }
        String head = doc.text().substring(0, Math.min(6000, doc.text().length()));
        Map<String, Integer> counts = new java.util.TreeMap<>();
        Matcher y = YEAR.matcher(head);
        while (y.find()) {
            counts.merge(y.group(1), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("unknown");
    }

    /** The last year named shortly before a figure (2023 年工作安排 … 预期目标是…), else {@code year}. */
    private static String yearIn(String context, String year) {
        Matcher y = YEAR.matcher(context);
        String last = year;
        while (y.find()) {
            boolean comparison = y.start() > 0 && "比较同".indexOf(context.charAt(y.start() - 1)) >= 0;
            if (!comparison) {
                last = y.group(1);
            }
        }
        return last;
    }

    private static void prose(AnalyzedDocument doc, String text, String year, int sentence, Span span,
                              List<Figure> out) {
        String s = span.of(text);
        Indicators ind = Indicators.get();
        String units = String.join("|", ind.writtenUnits().stream().map(Pattern::quote).toList());
        Pattern value = Pattern.compile("^(?:为|达|达到|完成|实现|总额|约|共)*" + NUMBER + "(" + units + ")");
        boolean[] taken = new boolean[s.length()];
        for (Map.Entry<String, Indicator> alias : ind.aliases()) {
            int at = s.indexOf(alias.getKey());
            while (at >= 0) {
                int end = at + alias.getKey().length();
                if (!taken[at]) {
                    for (int k = at; k < end; k++) {
                        taken[k] = true;
                    }
                    figureAt(doc, text, year, sentence, span, s, at, end, alias.getValue(), value, out);
                }
                at = s.indexOf(alias.getKey(), end);
            }
        }
    }

    private static void figureAt(AnalyzedDocument doc, String text, String year, int sentence, Span span,
                                 String s, int at, int end, Indicator indicator, Pattern value,
                                 List<Figure> out) {
        String rest = s.substring(end);
        Optional<BigDecimal> v = Optional.empty();
        Optional<String> unit = Optional.empty();
        int used = 0;
        Matcher vm = value.matcher(rest);
        if (vm.find()) {
            v = Optional.of(new BigDecimal(vm.group(1)));
            unit = Indicators.get().unit(vm.group(2));
            used = vm.end();
        }
        Matcher gm = GROWTH.matcher(rest.substring(used));
        Optional<BigDecimal> growth = Optional.empty();
        Optional<String> basis = Optional.empty();
        if (gm.find()) {
            BigDecimal g = new BigDecimal(gm.group(3));
            growth = Optional.of(gm.group(2).equals("下降") || gm.group(2).equals("减少")
                    || gm.group(2).equals("回落") ? g.negate() : g);
            String b = gm.group(1) == null ? "" : gm.group(1);
            basis = b.contains("可比") ? Optional.of("comparable")
                    : b.isEmpty() && !rest.startsWith("同比") ? Optional.empty() : Optional.of("yoy");
            used += gm.end();
        }
        if (v.isEmpty() && growth.isEmpty()) {
            return;
        }
        String before = s.substring(0, at);
        String measure = before.matches(".*(目标|预期|力争|计划|预计).*") ? "target" : "actual";
        // The period word often opens the paragraph (上半年，全区实现…。规上工业增加值…).
        int paragraph = doc.structure().sentences().get(sentence).paragraph();
        int pStart = doc.structure().paragraphs().get(paragraph).span().start();
        String context = text.substring(pStart, span.start() + at);
        int start = span.start() + at;
        int stop = span.start() + end + used;
        out.add(new Figure(indicator.key(), -1,
                period(yearIn(text.substring(Math.max(0, span.start() + at - YEAR_WINDOW), span.start() + at),
                        year),
                lastPeriodWord(context), doc), v, unit, growth,
                basis, measure,
                text.substring(start, stop), new Span(start, stop), sentence));
    }

    private static final Pattern PERIOD_WORD = Pattern.compile(
            "(上半年|1-6月|1—6月|1～6月|1至6月|一季度|1-3月|第一季度|全年)");

    /** The last period word in {@code context}, or the empty string. */
    private static String lastPeriodWord(String context) {
        Matcher m = PERIOD_WORD.matcher(context);
        String last = "";
        while (m.find()) {
            // 比一季度提高: a comparison, not the figure's period.
            boolean comparison = m.start() > 0 && "比较".indexOf(context.charAt(m.start() - 1)) >= 0;
            if (!comparison) {
                last = m.group();
            }
        }
        return last;
    }

    private static String period(String year, String before, AnalyzedDocument doc) {
        if (before.matches(".*(上半年|1-6月|1—6月|1～6月|1至6月).*")) {
            return year + "-H1";
        }
        if (before.matches(".*(一季度|1-3月|第一季度).*")) {
            return year + "-Q1";
        }
        if (before.matches(".*全年.*")) {
            return year;
        }
        return DocumentMetadata.MIDYEAR.equals(doc.metadata().kind()) || doc.text().startsWith("上半年", 0)
                ? year + "-H1" : year;
    }

    /** A flattened table: 指标名称, the column headers, then per row a label and one line per column. */
    private static void table(AnalyzedDocument doc, String text, String year, List<Figure> out) {
        List<Paragraph> ps = doc.structure().paragraphs();
        Indicators ind = Indicators.get();
        for (int p = 0; p < ps.size(); p++) {
            if (!ps.get(p).span().of(text).strip().equals("指标名称")) {
                continue;
            }
            List<String> headers = new ArrayList<>();
            int q = p + 1;
            while (q < ps.size() && ind.byName(ps.get(q).span().of(text).strip()).isEmpty()
                    && headers.size() < 8) {
                headers.add(ps.get(q).span().of(text).strip());
                q++;
            }
            while (q < ps.size()) {
                Optional<Indicator> row = ind.byName(ps.get(q).span().of(text).strip());
                if (row.isEmpty() || q + headers.size() >= ps.size()) {
                    break;
                }
                for (int c = 0; c < headers.size(); c++) {
                    Paragraph cell = ps.get(q + 1 + c);
                    cell(doc, text, year, headers.get(c), row.get(), cell, out);
                }
                q += 1 + headers.size();
            }
        }
    }

    private static void cell(AnalyzedDocument doc, String text, String year, String header, Indicator row,
                             Paragraph cell, List<Figure> out) {
        Matcher m = TABLE_VALUE.matcher(cell.span().of(text).strip());
        if (!m.find() || header.contains("排名")) {
            return;
        }
        BigDecimal n = new BigDecimal(m.group(1));
        String measure = header.contains("目标") ? "target" : "actual";
        String period = header.contains("上半年") ? year + "-H1" : header.contains("全年") ? year
                : period(year, header, doc);
        Optional<BigDecimal> value = row.amount() ? Optional.empty() : Optional.of(n);
        Optional<BigDecimal> growth = row.amount() ? Optional.of(n) : Optional.empty();
        Optional<String> unit = row.amount() ? Optional.empty() : Optional.of("%");
        Optional<String> basis = row.amount() ? Optional.of("yoy") : Optional.empty();
        int sentence = doc.structure().sentenceAt(cell.span().start());
        out.add(new Figure(row.key(), -1, period, value, unit, growth, basis, measure,
                row.label() + " " + header + " " + cell.span().of(text).strip(), cell.span(), sentence));
    }
}
