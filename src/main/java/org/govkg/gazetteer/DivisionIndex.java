package org.govkg.gazetteer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The divisions in primitive arrays, indexed by code and by every name form.
 * <p>Requires: the rows of the division list as columns ({@link #build}). Produces: divisions by position,
 * position by code, the hierarchy through parent positions, and the positions of the divisions whose
 * name forms have a given {@link NameHash}. Immutable, thread-safe.
 * <p>Memory: labels sit in one string; every form is a 43-bit hash packed with the division's position
 * into one sorted {@code long[]}, as is every code. A hash hit is verified against the re-derived forms
 * ({@link #kindOf}), so collisions cannot produce a wrong name.
 */
final class DivisionIndex {

    /** Bits of a packed entry that hold the division's position. */
    static final int IDX_BITS = 20;
    private static final long IDX_MASK = (1L << IDX_BITS) - 1;

    /** {@link #kindOf} results. */
    static final int NOT_A_FORM = 0;
    static final int FULL = 1;
    static final int BARE = 2;

    private final int size;
    private final long[] codes;
    private final byte[] levels;
    private final int[] parents;
    private final String labels;
    private final int[] labelStart;
    private final long[] formIndex;
    private final long[] codeIndex;
    private final int maxLength;
    /**
     * For each hash that more than {@link #SUMMED_ABOVE} entries share, all with the same form (the
     * common village names: 新村, 和平村): {first division, full level bits, bare level bits}.
     */
    private final Map<Long, int[]> summed;

    /** Hash groups larger than this have their levels summed up once, at build. */
    static final int SUMMED_ABOVE = 8;

    private DivisionIndex(int size, long[] codes, byte[] levels, int[] parents, String labels,
                          int[] labelStart, long[] formIndex, long[] codeIndex, int maxLength) {
        this.size = size;
        this.codes = codes;
        this.levels = levels;
        this.parents = parents;
        this.labels = labels;
        this.labelStart = labelStart;
        this.formIndex = formIndex;
        this.codeIndex = codeIndex;
        this.maxLength = maxLength;
        this.summed = sum();
    }

    /** The summaries of the large hash groups whose entries are all one form. */
    private Map<Long, int[]> sum() {
        Map<Long, int[]> out = new HashMap<>();
        for (int at = 0, next; at < formIndex.length; at = next) {
            long h = formIndex[at] >>> IDX_BITS;
            next = at + 1;
            while (next < formIndex.length && formIndex[next] >>> IDX_BITS == h) {
                next++;
            }
            if (next - at <= SUMMED_ABOVE) {
                continue;
            }
            int first = (int) (formIndex[at] & IDX_MASK);
            String form = formOf(first, h);
            int[] levelBits = new int[2];
            boolean oneForm = form != null;
            for (int e = at; e < next && oneForm; e++) {
                int idx = (int) (formIndex[e] & IDX_MASK);
                int kind = kindOf(idx, form);
                oneForm = kind != NOT_A_FORM;
                if (oneForm) {
                    levelBits[kind == FULL ? 0 : 1] |= level(idx).bit();
                }
            }
            if (oneForm) {
                out.put(h, new int[] {first, levelBits[0], levelBits[1]});
            }
        }
        return Map.copyOf(out);
    }

    /** The form of division {@code idx} with hash {@code h}, or null. */
    private String formOf(int idx, long h) {
        String label = label(idx);
        if (NameHash.of(label, 0, label.length()) == h) {
            return label;
        }
        for (NameForms.Form f : NameForms.of(level(idx), label)) {
            if (NameHash.of(f.text(), 0, f.text().length()) == h) {
                return f.text();
            }
        }
        return null;
    }

    /**
     * The levels at which {@code form}, whose hash is {@code h}, names divisions: {@code [full, bare]}
     * level bits, each 0 when none. {@code first} is {@link #firstForm}{@code (h)}.
     */
    int[] levelsOf(int first, long h, String form) {
        int[] sum = summed.get(h);
        if (sum != null) {
            return kindOf(sum[0], form) == NOT_A_FORM ? new int[2] : new int[] {sum[1], sum[2]};
        }
        int[] levelBits = new int[2];
        for (int at = first, idx; (idx = divisionAt(at, h)) >= 0; at++) {
            int kind = kindOf(idx, form);
            if (kind != NOT_A_FORM) {
                levelBits[kind == FULL ? 0 : 1] |= level(idx).bit();
            }
        }
        return levelBits;
    }

    /**
     * Indexes the first {@code n} rows; the arrays may be longer and are not kept.
     *
     * @param codes       division codes
     * @param levels      {@link PlaceLevel} ordinals
     * @param parentCodes the parent's code, -1 for none; a code not among the rows counts as none
     * @param labels      all official names, one after the other
     * @param labelStart  where each row's name starts in {@code labels}; entry {@code n} is its length
     */
    static DivisionIndex build(int n, long[] codes, byte[] levels, long[] parentCodes, String labels,
                               int[] labelStart) {
        if (n >= 1 << IDX_BITS) {
            throw new IllegalStateException(n + " divisions exceed the index's " + IDX_BITS + " bits");
        }
        if (labelStart[n] != labels.length()) {
            throw new IllegalArgumentException("labelStart[" + n + "] = " + labelStart[n]
                    + ", not the labels' length " + labels.length());
        }
        long[] codeIndex = new long[n];
        for (int i = 0; i < n; i++) {
            codeIndex[i] = codes[i] << IDX_BITS | i;
        }
        Arrays.sort(codeIndex);
        int[] parents = new int[n];
        long[] formIndex = new long[n * 2 + 1024];
        int f = 0;
        int maxLength = 0;
        for (int i = 0; i < n; i++) {
            long pc = parentCodes[i];
            int at = pc < 0 ? -1 : lowerBound(codeIndex, pc << IDX_BITS);
            boolean found = at >= 0 && at < n && codeIndex[at] >>> IDX_BITS == pc;
            parents[i] = found ? (int) (codeIndex[at] & IDX_MASK) : -1;
            int ls = labelStart[i];
            int le = labelStart[i + 1];
            if (f + 8 > formIndex.length) {
                formIndex = Arrays.copyOf(formIndex, formIndex.length * 3 / 2 + 8);
            }
            formIndex[f++] = NameHash.of(labels, ls, le) << IDX_BITS | i;
            maxLength = Math.max(maxLength, le - ls);
            if (levels[i] == PlaceLevel.VILLAGE.ordinal()) {
                // Fast path for the 620k villages, without allocation; mirrors NameForms.village.
                int cut = NameForms.villageSuffixLength(labels, ls, le);
                if (cut > 0 && le - cut - ls >= 2) {
                    formIndex[f++] = NameHash.of(labels, ls, le - cut) << IDX_BITS | i;
                }
                continue;
            }
            String label = labels.substring(ls, le);
            for (NameForms.Form form : NameForms.of(PlaceLevel.values()[levels[i]], label)) {
                if (f == formIndex.length) {
                    formIndex = Arrays.copyOf(formIndex, formIndex.length * 3 / 2);
                }
                formIndex[f++] = NameHash.of(form.text(), 0, form.text().length()) << IDX_BITS | i;
                maxLength = Math.max(maxLength, form.text().length());
            }
        }
        formIndex = Arrays.copyOf(formIndex, f);
        Arrays.sort(formIndex);
        return new DivisionIndex(n, Arrays.copyOf(codes, n), Arrays.copyOf(levels, n), parents, labels,
                Arrays.copyOf(labelStart, n + 1), formIndex, codeIndex, maxLength);
    }

    /** Number of divisions. */
    int size() {
        return size;
    }

    /** Number of indexed name forms, official names included. */
    int formCount() {
        return formIndex.length;
    }

    /** Length of the longest name form. */
    int maxLength() {
        return maxLength;
    }

    /** The hash of every indexed form, once per form (for a filter in front of the index). */
    LongStream formHashes() {
        return Arrays.stream(formIndex).map(entry -> entry >>> IDX_BITS);
    }

    /**
     * Gives {@code out} the hash of every proper prefix of two or more characters of every indexed form:
     * a village's forms are prefixes of its label, the other divisions' forms are derived again.
     */
    void prefixHashes(java.util.function.LongConsumer out) {
        for (int i = 0; i < size; i++) {
            int ls = labelStart[i];
            int le = labelStart[i + 1];
            prefixes(labels, ls, le, out);
            if (levels[i] != PlaceLevel.VILLAGE.ordinal()) {
                PlaceLevel level = PlaceLevel.values()[levels[i]];
                for (NameForms.Form form : NameForms.of(level, labels.substring(ls, le))) {
                    prefixes(form.text(), 0, form.text().length(), out);
                }
            }
        }
    }

    /** The hashes of {@code s[start, start + k)} for 2 <= k < end - start. */
    static void prefixes(CharSequence s, int start, int end, java.util.function.LongConsumer out) {
        long h = NameHash.OFFSET;
        for (int i = start; i < end - 1; i++) {
            h = NameHash.step(h, s.charAt(i));
            if (i - start >= 1) {
                out.accept(NameHash.finish(h));
            }
        }
    }

    /**
     * The first entry to try for forms with hash {@code h}: pass it to {@link #divisionAt}, then the next,
     * until that gives -1.
     */
    int firstForm(long h) {
        return lowerBound(formIndex, h << IDX_BITS);
    }

    /** The division of form entry {@code at} if that entry has hash {@code h}, else -1. */
    int divisionAt(int at, long h) {
        boolean hit = at < formIndex.length && formIndex[at] >>> IDX_BITS == h;
        return hit ? (int) (formIndex[at] & IDX_MASK) : -1;
    }

    /** The position of the division with code {@code code}, -1 if none. */
    int indexOf(String code) {
        long c;
        try {
            c = Long.parseLong(code);
        } catch (NumberFormatException e) {
            return -1;
        }
        int at = lowerBound(codeIndex, c << IDX_BITS);
        if (at < codeIndex.length && codeIndex[at] >>> IDX_BITS == c) {
            return (int) (codeIndex[at] & IDX_MASK);
        }
        return -1;
    }

    /** The division at {@code idx}. */
    Division division(int idx) {
        int p = parents[idx];
        return new Division(Long.toString(codes[idx]), level(idx), label(idx),
                p < 0 ? Optional.empty() : Optional.of(Long.toString(codes[p])));
    }

    long code(int idx) {
        return codes[idx];
    }

    /** The position of the parent of {@code idx}, -1 for a province. */
    int parent(int idx) {
        return parents[idx];
    }

    PlaceLevel level(int idx) {
        return PlaceLevel.values()[levels[idx]];
    }

    String label(int idx) {
        return labels.substring(labelStart[idx], labelStart[idx + 1]);
    }

    /** {@link #FULL} if {@code form} is a full name of division {@code idx}, {@link #BARE} if a bare form. */
    int kindOf(int idx, String form) {
        int ls = labelStart[idx];
        int le = labelStart[idx + 1];
        int n = form.length();
        if (le - ls == n && labels.regionMatches(ls, form, 0, n)) {
            return FULL;
        }
        if (levels[idx] == PlaceLevel.VILLAGE.ordinal()) {
            // Every span of a text is looked up: no allocation for the 620k villages, whose one bare
            // form is the label less its marker (NameForms.village).
            int cut = NameForms.villageSuffixLength(labels, ls, le);
            return cut > 0 && n >= 2 && le - cut - ls == n && labels.regionMatches(ls, form, 0, n)
                    ? BARE : NOT_A_FORM;
        }
        String label = labels.substring(ls, le);
        for (NameForms.Form f : NameForms.of(level(idx), label)) {
            if (f.text().equals(form)) {
                return f.bare() ? BARE : FULL;
            }
        }
        return NOT_A_FORM;
    }

    private static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
