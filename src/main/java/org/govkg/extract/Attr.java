package org.govkg.extract;

/**
 * Keys of {@link Mention#attributes()}, {@link Relation#attributes()} and resolved entity
 * properties. One shared list so that extractors, resolution and the RDF mapping agree.
 */
public final class Attr {
    /** DefinedTerm: the definition as written. */
    public static final String DEFINITION = "definition";
    /** DefinedTerm: the footnote/glossary marker as written (〔1〕, 15). */
    public static final String MARKER = "marker";
    /** Place: administrative level country|province|city|county|town|village. */
    public static final String LEVEL = "level";
    /** Place: official statistical division code. */
    public static final String CODE = "code";
    /** Place: entity key of the parent place. */
    public static final String PARENT = "parent";
    /** Place: kind of non-administrative place (river, mountain, region, newDistrict, …). */
    public static final String PLACE_TYPE = "placeType";
    /** Place: why a place was left without a code (ambiguous name, …). */
    public static final String UNRESOLVED = "unresolved";
    /** Program: issuing level as written (省, 市委, 区委, 国家…). */
    public static final String ISSUING_LEVEL = "issuingLevel";
    /** Program: the expansion of a numbered short form. */
    public static final String EXPANSION = "expansion";
    /** Project: planned|signed|started|underConstruction|completed|inOperation. */
    public static final String STATUS = "status";
    /**
     * Project: the status a plan or goal aims at (力促…开工 gives started), where the text states a
     * goal rather than a fact; {@link #STATUS} then holds only what the goal implies (planned).
     */
    public static final String TARGET_STATUS = "targetStatus";
    /** Project: the status word as written. */
    public static final String STATUS_TEXT = "statusText";
    /** Project: investment normalised to decimal yuan. */
    public static final String INVESTMENT = "investment";
    /** Project: total|annualPlan|completed. */
    public static final String INVESTMENT_KIND = "investmentKind";
    /** Project: the investment as written (e.g. 10.5亿元). */
    public static final String INVESTMENT_TEXT = "investmentText";
    /**
     * Project mention: the group of projects it is listed in, as written (44个区级重点建设项目), when
     * the clause states an amount for the whole group. The amount belongs to the group, not to the
     * member, so these attributes describe the statement and never become entity properties.
     */
    public static final String GROUP = "group";
    /** Project mention: how many projects the group counts (44), when written in digits. */
    public static final String GROUP_SIZE = "groupSize";
    /** Project mention: offset of the group's amount in the text; members of one group share it. */
    public static final String GROUP_AT = "groupAt";
    /** Project mention: the group's investment in decimal yuan. */
    public static final String GROUP_INVESTMENT = "groupInvestment";
    /** Project mention: the group's investment kind (total|annualPlan|completed). */
    public static final String GROUP_INVESTMENT_KIND = "groupInvestmentKind";
    /** Project mention: the group's investment as written. */
    public static final String GROUP_INVESTMENT_TEXT = "groupInvestmentText";
    /** Project: phase as written (一期, 二期, 首期). */
    public static final String PHASE = "phase";
    /** Any: a year the statement refers to. */
    public static final String YEAR = "year";
    /** Relation recognisedUnder: the designation (典型镇, 示范村). */
    public static final String DESIGNATION = "designation";
    /** Relation recognisedUnder: the batch (第二批). */
    public static final String BATCH = "batch";
    /** Relation underProgram: the words that state it (实施, 纳入). */
    public static final String CUE = "cue";

    private Attr() {
    }
}
