package org.govkg.nlp;

import static java.util.Objects.requireNonNull;

/**
 * A part-of-speech tag of HanLP's tag set, as a value. HanLP's tags form families by their first
 * letters ({@code nt}, {@code ntc}, {@code ntu} are all organisations); the {@code is…()} predicates test
 * a family, {@link #is} one exact tag. Extractors ask these questions instead of comparing tag strings.
 *
 * @param tag the tag as HanLP writes it ({@code ns}, {@code vn}, {@code w})
 */
public record Pos(String tag) {

    /** {@code ns}: place name. */
    public static final Pos PLACE = new Pos("ns");
    /** {@code nt}: organisation name. */
    public static final Pos ORGANIZATION = new Pos("nt");
    /** {@code nz}: other proper name. */
    public static final Pos OTHER_PROPER_NAME = new Pos("nz");
    /** {@code nx}: proper name in Latin letters. */
    public static final Pos LATIN_NAME = new Pos("nx");
    /** {@code nf}: HanLP's food-name tag, which it also gives to some project and product names. */
    public static final Pos FOOD_NAME = new Pos("nf");
    /** {@code n}: common noun. */
    public static final Pos NOUN = new Pos("n");
    /** {@code ng}: noun morpheme. */
    public static final Pos NOUN_MORPHEME = new Pos("ng");
    /** {@code vn}: verbal noun. */
    public static final Pos VERBAL_NOUN = new Pos("vn");
    /** {@code v}: verb. */
    public static final Pos VERB = new Pos("v");
    /** {@code vi}: intransitive verb. */
    public static final Pos INTRANSITIVE_VERB = new Pos("vi");
    /** {@code vshi}: the verb 是. */
    public static final Pos VERB_SHI = new Pos("vshi");
    /** {@code vyou}: the verb 有. */
    public static final Pos VERB_YOU = new Pos("vyou");
    /** {@code m}: numeral. */
    public static final Pos NUMERAL = new Pos("m");
    /** {@code w}: punctuation. */
    public static final Pos PUNCTUATION = new Pos("w");
    /** {@code j}: abbreviation. */
    public static final Pos ABBREVIATION = new Pos("j");
    /** {@code ulian}: the particle 连 (HanLP's reading of 连 in 连州). */
    public static final Pos PARTICLE_LIAN = new Pos("ulian");
    /** {@code a}: adjective. */
    public static final Pos ADJECTIVE = new Pos("a");
    /** {@code ag}: adjective morpheme. */
    public static final Pos ADJECTIVE_MORPHEME = new Pos("ag");
    /** {@code b}: distinguishing word (大型, 重点). */
    public static final Pos DISTINGUISHING = new Pos("b");
    /** {@code bg}: distinguishing morpheme. */
    public static final Pos DISTINGUISHING_MORPHEME = new Pos("bg");
    /** {@code s}: location word. */
    public static final Pos LOCATION_WORD = new Pos("s");
    /** {@code x}: a string HanLP gives no tag (our tag for a term without one). */
    public static final Pos UNKNOWN = new Pos("x");

    public Pos {
        requireNonNull(tag, "tag");
        if (tag.isEmpty()) {
            throw new IllegalArgumentException("empty part-of-speech tag");
        }
    }

    /** True when this is exactly {@code other}'s tag (not merely of its family). */
    public boolean is(Pos other) {
        return tag.equals(other.tag);
    }

    /** {@code n…}: any noun, proper names included. */
    public boolean isNoun() {
        return family("n");
    }

    /** {@code ns…}: a place name. */
    public boolean isPlace() {
        return family("ns");
    }

    /** {@code nr…}: a person's name. */
    public boolean isPerson() {
        return family("nr");
    }

    /** {@code nt…}: an organisation name. */
    public boolean isOrganization() {
        return family("nt");
    }

    /**
     * A name of a person, organisation or other named thing ({@code nr…}, {@code nz…}, {@code nt…}) or a
     * Latin-letter name ({@code nx}); places are not counted.
     */
    public boolean isProperName() {
        return family("nr") || family("nz") || family("nt") || is(LATIN_NAME);
    }

    /** {@code v…}: any verb, verbal nouns included. */
    public boolean isVerb() {
        return family("v");
    }

    /** {@code p…}: a preposition. */
    public boolean isPreposition() {
        return family("p");
    }

    /** {@code c…}: a conjunction. */
    public boolean isConjunction() {
        return family("c");
    }

    /** {@code u…}: a particle. */
    public boolean isParticle() {
        return family("u");
    }

    /** {@code d…}: an adverb. */
    public boolean isAdverb() {
        return family("d");
    }

    /** {@code r…}: a pronoun. */
    public boolean isPronoun() {
        return family("r");
    }

    /** {@code y…}: a modal particle. */
    public boolean isModalParticle() {
        return family("y");
    }

    /** {@code e…}: an interjection. */
    public boolean isInterjection() {
        return family("e");
    }

    /** {@code o…}: an onomatopoeia. */
    public boolean isOnomatopoeia() {
        return family("o");
    }

    /** {@code t…}: a time word. */
    public boolean isTime() {
        return family("t");
    }

    /** {@code m…}: a numeral. */
    public boolean isNumeral() {
        return family("m");
    }

    /** {@code q…}: a measure word. */
    public boolean isMeasureWord() {
        return family("q");
    }

    /** {@code w…}: punctuation. */
    public boolean isPunctuation() {
        return family("w");
    }

    private boolean family(String prefix) {
        return tag.startsWith(prefix);
    }

    @Override
    public String toString() {
        return tag;
    }
}
