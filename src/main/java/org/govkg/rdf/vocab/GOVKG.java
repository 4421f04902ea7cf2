package org.govkg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sys.JenaSystem;

/**
 * Constants of the govkg ontology ({@code ontology/govkg.ttl}), named exactly as its local names.
 * A test checks both directions: every term of the ontology has a constant and every constant is
 * declared in the ontology. A local name that is a Java keyword gets a trailing underscore
 * ({@link #implements_}), as Jena's schemagen does.
 */
public final class GOVKG {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    /** The namespace of the vocabulary. */
    public static final String NS = "https://w3id.org/govkg/ontology#";

    /** The ontology's own IRI. */
    public static final String ONTOLOGY = "https://w3id.org/govkg/ontology";

    private GOVKG() {
    }

    /** The namespace as a string, like Jena's vocabulary classes. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes
    /**
     * A government report (work report, plan execution report, …); its statements sit in a named graph of
     * its own.
     */
    public static final Resource Report = resource("Report");
    /** A numbered section of a report (一、 / （一） / 1.), dcterms:isPartOf its report or enclosing section. */
    public static final Resource Section = resource("Section");
    /** A policy program: a named initiative, campaign, plan, strategy or scheme (工程/行动/计划/战略/制度). */
    public static final Resource Program = resource("Program");
    /**
     * An administrative division (its level in govkg:level, its official code in govkg:code) or another
     * named place.
     */
    public static final Resource Place = resource("Place");
    /** A concrete construction or investment project, possibly with status, investment and phase. */
    public static final Resource Project = resource("Project");
    /** A term defined in a report's glossary or notes; its definition is skos:definition. */
    public static final Resource DefinedTerm = resource("DefinedTerm");
    /** A government body, company, school or other organisation. */
    public static final Resource Organization = resource("Organization");
    /**
     * One place in a report's normalised text where an entity is named: a half-open character span, plus
     * the span in the original text where they differ.
     */
    public static final Resource Mention = resource("Mention");
    /**
     * A qualified relation: a place recognised or selected under a program, with designation, batch and
     * year.
     */
    public static final Resource Recognition = resource("Recognition");
    /** A group of projects a report states one amount for; the amount is not any member's. */
    public static final Resource ProjectGroup = resource("ProjectGroup");

    // Individuals
    /** The data cube structure of the indicator figures reports state. */
    public static final Resource FigureStructure = resource("FigureStructure");
    /** The data set of all figures the reports state. */
    public static final Resource figures = resource("figures");

    // Properties
    /** A place lies within another (transitive); implied by govkg:partOf. */
    public static final Property within = property("within");
    /** The place's immediate parent division. */
    public static final Property partOf = property("partOf");
    /** The official statistical division code (NBS). */
    public static final Property code = property("code");
    /** One of country, province, city, county, town, village. */
    public static final Property level = property("level");
    /** The kind of a non-administrative place (river, mountain, region, newDistrict, …). */
    public static final Property placeType = property("placeType");
    /** Why the place was left without a division code (ambiguous name, …). */
    public static final Property unresolved = property("unresolved");
    /** The issuing level as written (省, 市委, 区委, 国家, …). */
    public static final Property issuingLevel = property("issuingLevel");
    /** The expansion of a numbered short form. */
    public static final Property expansion = property("expansion");
    /** The program a glossary entry explains. */
    public static final Property definesProgram = property("definesProgram");
    /** The glossary or footnote marker as written (〔1〕, 15). */
    public static final Property marker = property("marker");
    /** One of planned, signed, started, underConstruction, completed, inOperation. */
    public static final Property status = property("status");
    /** The status a goal or plan aims at, where the report states a goal rather than a fact. */
    public static final Property targetStatus = property("targetStatus");
    /** The status word as written. */
    public static final Property statusText = property("statusText");
    /** The investment normalised to yuan. */
    public static final Property investment = property("investment");
    /** One of total, annualPlan, completed. */
    public static final Property investmentKind = property("investmentKind");
    /** The investment as written (e.g. 10.5亿元). */
    public static final Property investmentText = property("investmentText");
    /** The phase as written (一期, 二期, 首期). */
    public static final Property phase = property("phase");
    /** The place a project or organisation is located in. */
    public static final Property locatedIn = property("locatedIn");
    /** The organisation a project belongs to or is carried out by. */
    public static final Property byOrganization = property("byOrganization");
    /** The program a project is carried out under. */
    public static final Property underProgram = property("underProgram");
    /** A report's subject region implements a program its report names. */
    public static final Property implements_ = property("implements");
    /** The place recognised or selected. */
    public static final Property recognisedPlace = property("recognisedPlace");
    /** A project named in a {@link #ProjectGroup}. */
    public static final Property member = property("member");
    /** How many projects a {@link #ProjectGroup} has, named or not. */
    public static final Property memberCount = property("memberCount");
    /** The program under which the place was recognised. */
    public static final Property recognisedUnder = property("recognisedUnder");
    /** The designation conferred (典型镇, 示范村). */
    public static final Property designation = property("designation");
    /** The batch as written (第二批). */
    public static final Property batch = property("batch");
    /** The year a statement refers to; for a report, the year it looks back on. */
    public static final Property year = property("year");
    /** The region the report is about. */
    public static final Property region = property("region");
    /** One of work-report, plan-execution-midyear, plan-execution-annual, other. */
    public static final Property kind = property("kind");
    /** Who gave the report, as stated. */
    public static final Property speaker = property("speaker");
    /** An entity the report names (a shortcut summarising its govkg:Mention nodes). */
    public static final Property mentions = property("mentions");
    /** The section numbering as written. */
    public static final Property number = property("number");
    /** 1 for 一、, 2 for （一）, 3 for 1. */
    public static final Property depth = property("depth");
    /** The report a mention, section or figure is in. */
    public static final Property inDocument = property("inDocument");
    /** The entity the mention names. */
    public static final Property mentionOf = property("mentionOf");
    /** A mention of the entity in a report. */
    public static final Property hasMention = property("hasMention");
    /** First character in the normalised text, inclusive (UTF-16 code units). */
    public static final Property start = property("start");
    /** End in the normalised text, exclusive (UTF-16 code units). */
    public static final Property end = property("end");
    /** Start in the decoded original text; given only where it differs from the normalised offset. */
    public static final Property originalStart = property("originalStart");
    /** End in the decoded original text, exclusive; given only where it differs. */
    public static final Property originalEnd = property("originalEnd");
    /** Index of the sentence in the report, from 0. */
    public static final Property sentence = property("sentence");
    /** Page of the source document the mention starts on, from 1 (paged sources only). */
    public static final Property page = property("page");
    /** The text exactly as it stands at the span. */
    public static final Property surface = property("surface");
    /** The indicator's key in the controlled list (e.g. gdp). */
    public static final Property indicator = property("indicator");
    /** The region the figure is for. */
    public static final Property refArea = property("refArea");
    /** The period (2025, 2025-H1, 2025-Q1). */
    public static final Property refPeriod = property("refPeriod");
    /** The value, in govkg:unit. */
    public static final Property value = property("value");
    /** The normalised unit (亿元, %, 万人次, …). */
    public static final Property unit = property("unit");
    /** Growth rate in percent, negative for a decline. */
    public static final Property growthRate = property("growthRate");
    /** yoy (同比) or comparable (可比). */
    public static final Property growthBasis = property("growthBasis");
    /** actual or target. */
    public static final Property measure = property("measure");
    /** The figure's text as written in the report. */
    public static final Property sourceText = property("sourceText");
}
