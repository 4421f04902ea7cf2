package org.govkg.gazetteer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.lexicon.ResourceLines;

/**
 * Derives the other name forms of a division from its official label: 石角镇 → 石角, 清远市 → 清远,
 * 连南瑶族自治县 → 连南 / 连南县, 瑶安瑶族乡 → 瑶安乡 / 瑶安, 东城街道 → 东城 / 东城街,
 * 黄布村 → 黄布, 黄布社区 → 黄布; committee names (黄布村委会, 黄布社区居委会) through
 * {@link #committeeLabel}. Short forms shorter than two characters are never produced. Thread-safe.
 */
public final class NameForms {

    /** One derived form; {@code bare} when it has lost its administrative suffix. */
    public record Form(String text, boolean bare) {
        public Form {
            requireNonNull(text, "text");
        }
    }

    private static final Pattern COUNTY = Pattern.compile(
            "(.+?)(" + AdminSuffixes.alternation(AdminSuffixes.get().countyLevel()) + ")");
    private static final Pattern NOT_SHORTENED = Pattern.compile(".*(新区|开发区|园区|矿区|林区|特区|管理区)");
    private static final List<String> ETHNIC = loadEthnic();
    private static final String[][] ZONES = {
        {"高新技术产业开发区", "高新区"}, {"经济技术开发区", "经开区"}, {"经济开发区", "经济开发区"}};

    private NameForms() {
    }

    /** The forms of {@code label} other than the label itself, without duplicates; immutable. */
    public static List<Form> of(PlaceLevel level, String label) {
        List<Form> forms = new ArrayList<>(4);
        switch (level) {
            case VILLAGE -> village(label, forms);
            case TOWN -> town(label, forms);
            case COUNTY -> county(label, forms);
            case CITY -> city(label, forms);
            case PROVINCE -> province(label, forms);
            default -> {
            }
        }
        forms.removeIf(f -> f.text().length() < 2 || f.text().equals(label));
        return List.copyOf(forms);
    }

    /** Committee names and the village label they stand for (黄布村委会 → 黄布村); longest first. */
    private static final String[][] COMMITTEES = {
        {"社区居民委员会", "社区"}, {"村民委员会", "村"}, {"社区居委会", "社区"}, {"村委会", "村"}, {"居委会", "社区"}};

    /**
     * The village label a committee name stands for (新桥村委会 → 新桥村, 黄布社区居民委员会 → 黄布社区),
     * or null. Committee names are not indexed as forms of their own (that would triple the index);
     * lookups map them to the label first.
     */
    /** A cheap test, without allocation, whether the text ending at {@code end} may be a committee name. */
    public static boolean endsLikeCommittee(CharSequence text, int end) {
        return end >= 2 && text.charAt(end - 1) == '会'
                && (text.charAt(end - 2) == '委' || text.charAt(end - 2) == '员');
    }

    /**
     * Whether {@code text[start, end)} is a village label ending in 村 written with the village marker 村
     * once more (荆竹村村 for 荆竹村); such forms are looked up without their last 村, not indexed.
     */
    public static boolean endsInDoubledVillage(CharSequence text, int start, int end) {
        return end - start >= 3 && text.charAt(end - 1) == '村' && text.charAt(end - 2) == '村';
    }

    public static String committeeLabel(CharSequence form) {
        String f = form.toString();
        for (String[] c : COMMITTEES) {
            if (f.endsWith(c[0]) && f.length() > c[0].length() + 1) {
                return f.substring(0, f.length() - c[0].length()) + c[1];
            }
        }
        return null;
    }

    private static void village(String label, List<Form> forms) {
        int cut = villageSuffixLength(label, 0, label.length());
        if (cut > 0) {
            forms.add(new Form(cut(label, cut), true));
        }
    }

    /**
     * The length of the marker ending the village label {@code s[start, end)} (村 1, 社区 or 嘎查 2), or 0:
     * the label less it is the village's bare form. The index's fast paths use it without allocating.
     */
    static int villageSuffixLength(CharSequence s, int start, int end) {
        if (end - start >= 1 && s.charAt(end - 1) == '村') {
            return 1;
        }
        if (end - start >= 2 && (s.charAt(end - 2) == '社' && s.charAt(end - 1) == '区'
                || s.charAt(end - 2) == '嘎' && s.charAt(end - 1) == '查')) {
            return 2;
        }
        return 0;
    }

    /** 清远市高新技术产业开发区 → 清远市高新区, 清远高新区, 高新区 (bare: only the region's own counts). */
    private static void zone(String label, List<Form> forms, boolean bare) {
        for (String[] z : ZONES) {
            if (label.endsWith(z[0]) && label.length() >= z[0].length() + 2) {
                String place = cut(label, z[0].length());
                forms.add(new Form(place + z[1], false));
                boolean suffixed = place.endsWith("市") || place.endsWith("县") || place.endsWith("省");
                if (place.length() >= 3 && suffixed) {
                    forms.add(new Form(cut(place, 1) + z[1], false));
                }
                if (bare) {
                    forms.add(new Form(z[1], true));
                }
                return;
            }
        }
    }

    private static void town(String label, List<Form> forms) {
        zone(label, forms, true);
        if (label.endsWith("街道")) {
            String core = cut(label, 2);
            forms.add(new Form(core, true));
            if (!core.endsWith("街")) {
                forms.add(new Form(core + "街", false));
            }
            forms.add(new Form(label + "办事处", false));
        } else if (label.endsWith("族乡")) {
            String core = stripEthnic(cut(label, 1));
            if (!core.equals(cut(label, 1))) {
                forms.add(new Form(core + "乡", false));
                forms.add(new Form(core, true));
            }
        } else if (label.endsWith("镇") || label.endsWith("乡")) {
            forms.add(new Form(cut(label, 1), true));
        } else if (label.endsWith("苏木")) {
            forms.add(new Form(cut(label, 2), true));
        }
    }

    private static void county(String label, List<Form> forms) {
        // County-level zones keep their place prefix: a bare 经开区 is the report's own town-level zone.
        zone(label, forms, false);
        if (label.endsWith("自治县") || label.endsWith("自治旗")) {
            String core = stripEthnic(cut(label, 3));
            forms.add(new Form(core, true));
            forms.add(new Form(core + label.charAt(label.length() - 1), false));
            return;
        }
        if (label.endsWith("林区")) {
            // A forestry district at county level goes by its name (神农架林区 → 神农架); a two-character
            // stem would be an ordinary word.
            if (label.length() >= 5) {
                forms.add(new Form(cut(label, 2), true));
            }
            return;
        }
        Matcher m = COUNTY.matcher(label);
        if (m.matches() && !NOT_SHORTENED.matcher(label).matches()) {
            forms.add(new Form(m.group(1), true));
        }
    }

    private static void city(String label, List<Form> forms) {
        if (label.endsWith("自治州")) {
            String core = stripEthnic(cut(label, 3));
            forms.add(new Form(core, true));
            forms.add(new Form(core + "州", false));
        } else if (label.endsWith("地区")) {
            forms.add(new Form(cut(label, 2), true));
        } else if (label.endsWith("市") || label.endsWith("盟")) {
            forms.add(new Form(cut(label, 1), true));
        }
    }

    private static void province(String label, List<Form> forms) {
        if (label.endsWith("自治区")) {
            forms.add(new Form(stripEthnic(cut(label, 3)), true));
        } else if (label.endsWith("省") || label.endsWith("市")) {
            forms.add(new Form(cut(label, 1), true));
        }
    }

    /** 连南瑶族 → 连南, 连山壮族瑶族 → 连山; a name that would end up shorter than two characters stays. */
    static String stripEthnic(String name) {
        String core = name;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String e : ETHNIC) {
                String suffix = e + "族";
                if (core.endsWith(suffix) && core.length() - suffix.length() >= 2) {
                    core = core.substring(0, core.length() - suffix.length());
                    changed = true;
                    break;
                }
            }
        }
        return core;
    }

    private static String cut(String s, int n) {
        return s.substring(0, Math.max(0, s.length() - n));
    }

    private static List<String> loadEthnic() {
        List<String> groups = new ArrayList<>(ResourceLines.of("/gazetteer/ethnic-groups.txt"));
        // Longest first so that 蒙古 is tried before a shorter group that ends it.
        groups.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(groups);
    }
}
