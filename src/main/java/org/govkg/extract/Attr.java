package org.govkg.extract;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Keys of {@link Mention#attributes()}, {@link Relation#attributes()} and resolved entity properties, each
 * with how the RDF stage writes it: the kind of value and the property (a compact IRI such as
 * {@code govkg:status}, resolved against the ontology by the RDF stage; a test fails when one does not
 * resolve). One list, so that extractors, resolution and the RDF mapping agree.
 */
public enum Attr {
    /** DefinedTerm: the definition as written. */
    DEFINITION("definition", Value.ZH, "skos:definition"),
    /** DefinedTerm: the footnote/glossary marker as written (〔1〕, 15). */
    MARKER("marker", Value.STRING, "govkg:marker"),
    /** Place: administrative level country|province|city|county|town|village. */
    LEVEL("level", Value.STRING, "govkg:level"),
    /** Place: official statistical division code. */
    CODE("code", Value.STRING, "govkg:code"),
    /** Place: entity key of the parent place. */
    PARENT("parent", Value.ENTITY, "govkg:partOf"),
    /** Place: kind of non-administrative place (river, mountain, region, newDistrict, …). */
    PLACE_TYPE("placeType", Value.STRING, "govkg:placeType"),
    /** Place: why a place was left without a code (ambiguous name, …). */
    UNRESOLVED("unresolved", Value.STRING, "govkg:unresolved"),
    /** Program: issuing level as written (省, 市委, 区委, 国家…). */
    ISSUING_LEVEL("issuingLevel", Value.STRING, "govkg:issuingLevel"),
    /** Program: the expansion of a numbered short form. */
    EXPANSION("expansion", Value.STRING, "govkg:expansion"),
    /** Project: planned|signed|started|underConstruction|completed|inOperation. */
    STATUS("status", Value.STRING, "govkg:status"),
    /**
     * Project: the status a plan or goal aims at (力促…开工 gives started), where the text states a
     * goal rather than a fact; {@link #STATUS} then holds only what the goal implies (planned).
     */
    TARGET_STATUS("targetStatus", Value.STRING, "govkg:targetStatus"),
    /** Project: the status word as written. */
    STATUS_TEXT("statusText", Value.STRING, "govkg:statusText"),
    /** Project: investment normalised to decimal yuan. */
    INVESTMENT("investment", Value.DECIMAL, "govkg:investment"),
    /** Project: total|annualPlan|completed. */
    INVESTMENT_KIND("investmentKind", Value.STRING, "govkg:investmentKind"),
    /** Project: the investment as written (e.g. 10.5亿元). */
    INVESTMENT_TEXT("investmentText", Value.STRING, "govkg:investmentText"),
    /**
     * Project mention: the group of projects it is listed in, as written (44个区级重点建设项目), when
     * the clause states an amount for the whole group. The amount belongs to the group, not to the
     * member, so these attributes describe the statement and never become entity properties.
     */
    GROUP("group", Value.ZH, "rdfs:label"),
    /** Project mention: how many projects the group counts (44), when written in digits. */
    GROUP_SIZE("groupSize", Value.INTEGER, "govkg:memberCount"),
    /** Project mention: offset of the group's amount in the text; members of one group share it. */
    GROUP_AT("groupAt", Value.NONE, null),
    /** Project mention: the group's investment in decimal yuan. */
    GROUP_INVESTMENT("groupInvestment", Value.DECIMAL, "govkg:investment"),
    /** Project mention: the group's investment kind (total|annualPlan|completed). */
    GROUP_INVESTMENT_KIND("groupInvestmentKind", Value.STRING, "govkg:investmentKind"),
    /** Project mention: the group's investment as written. */
    GROUP_INVESTMENT_TEXT("groupInvestmentText", Value.STRING, "govkg:investmentText"),
    /** Project: phase as written (一期, 二期, 首期). */
    PHASE("phase", Value.STRING, "govkg:phase"),
    /** Any: a year the statement refers to. */
    YEAR("year", Value.YEAR, "govkg:year"),
    /** Relation recognisedUnder: the designation (典型镇, 示范村). */
    DESIGNATION("designation", Value.STRING, "govkg:designation"),
    /** Relation recognisedUnder: the batch (第二批). */
    BATCH("batch", Value.STRING, "govkg:batch"),
    /** Relation underProgram: the words that state it (实施, 纳入). */
    CUE("cue", Value.NONE, null);

    /**
     * The attributes that describe the group a project mention is listed in: they belong to the
     * statement and the group, never to the project entity.
     */
    public static final Set<Attr> OF_GROUP = Collections.unmodifiableSet(EnumSet.of(GROUP, GROUP_SIZE,
            GROUP_AT, GROUP_INVESTMENT, GROUP_INVESTMENT_KIND, GROUP_INVESTMENT_TEXT));

    /** How a value is written. */
    public enum Value {
        /** A plain string literal. */
        STRING,
        /** A Chinese-language literal (@zh). */
        ZH,
        /** An xsd:decimal. */
        DECIMAL,
        /** An xsd:integer. */
        INTEGER,
        /** A four-digit year as xsd:integer. */
        YEAR,
        /** The key of another entity, written as its IRI. */
        ENTITY,
        /** Not written: bookkeeping of extraction (e.g. the offset that identifies a group). */
        NONE
    }

    private final String key;
    private final Value value;
    private final String property;

    Attr(String key, Value value, String property) {
        this.key = requireNonNull(key, "key");
        this.value = requireNonNull(value, "value");
        if ((value == Value.NONE) != (property == null)) {
            throw new IllegalArgumentException(key + ": a property exactly when the value is written");
        }
        this.property = property;
    }

    /** The key as written in debug output and tests ({@code investmentKind}). */
    public String key() {
        return key;
    }

    /** How its value is written. */
    public Value value() {
        return value;
    }

    /** The property it is written with, as a compact IRI ({@code govkg:status}); empty when not written. */
    public Optional<String> property() {
        return Optional.ofNullable(property);
    }

    @Override
    public String toString() {
        return key;
    }
}
