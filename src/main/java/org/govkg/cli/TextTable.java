package org.govkg.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal: cells are padded by display width, in which
 * East Asian wide and fullwidth characters (UAX #11: Han, kana, Hangul, fullwidth forms) take two
 * columns, combining marks and zero-width characters none, and everything else one.
 */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    void add(List<String> row) {
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("row of " + row.size() + " cells for " + header.size()
                    + " columns: " + row);
        }
        rows.add(List.copyOf(row));
    }

    /** Prints {@code | a | b |} rows between rules, the header underlined with {@code =}. */
    void print(PrintStream out) {
        int[] widths = new int[header.size()];
        for (List<String> r : concat()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(r.get(i)));
            }
        }
        int total = 1;
        for (int w : widths) {
            total += w + 3;
        }
        out.println("-".repeat(total));
        line(out, header, widths);
        out.println("=".repeat(total));
        rows.forEach(r -> line(out, r, widths));
        out.println("-".repeat(total));
    }

    private List<List<String>> concat() {
        List<List<String>> all = new ArrayList<>(rows);
        all.add(header);
        return all;
    }

    private static void line(PrintStream out, List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            String c = cells.get(i);
            sb.append(' ').append(c).append(" ".repeat(widths[i] - width(c))).append(" |");
        }
        out.println(sb);
    }

    /** Columns {@code s} takes in a terminal. */
    static int width(String s) {
        return s.codePoints().map(TextTable::width).sum();
    }

    private static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    /** East Asian Width W or F (UAX #11), by the blocks that hold them. */
    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0x303E
                || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
