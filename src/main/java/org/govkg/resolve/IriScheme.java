package org.govkg.resolve;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.govkg.extract.EntityType;
import org.govkg.text.Names;

/**
 * How govkg names its data, in one place: every IRI is the configurable base followed by a path whose
 * first segment says what it names. Entity keys ({@link #placeKey}, {@link #nameKey}) are those paths for
 * entities, so an entity has the same IRI in every run and every document; the RDF stage and the dumps
 * (their prefixes and subject order) take everything else from here too.
 *
 * @param base the base IRI, ending in {@code /} or {@code #}
 */
public record IriScheme(String base) {
    /** The default base, {@code https://w3id.org/govkg/}. */
    public static final String DEFAULT_BASE = "https://w3id.org/govkg/";

    private static final String REPORT = "report";
    private static final String RECOGNITION = "recognition";
    private static final String OBSERVATION = "observation";
    private static final String GROUP = "group";
    private static final String MENTION = "mention";
    private static final String GRAPH = "graph";

    /**
     * Every path segment directly under the base, in the order the Turtle dumps list their subjects
     * (reports with their sections first, mentions last); each gets a prefix of its own in the dumps.
     * Every {@link EntityType#segment()} is among them (a test checks it).
     */
    public static final List<String> SEGMENTS = List.of(REPORT, EntityType.Place.segment(),
            EntityType.Program.segment(), EntityType.Project.segment(), EntityType.Organization.segment(),
            EntityType.DefinedTerm.segment(), RECOGNITION, OBSERVATION, GROUP, MENTION, GRAPH);

    public IriScheme {
        requireNonNull(base, "base");
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("base IRI '" + base + "' must end with / or #");
        }
    }

    public static IriScheme standard() {
        return new IriScheme(DEFAULT_BASE);
    }

    /** Key of a place linked to an official division code ({@code place/441802}). */
    public static String placeKey(String code) {
        return EntityType.Place.segment() + "/" + requireNonNull(code, "code");
    }

    /** Key of an entity known only by its name (places without a code included). */
    public static String nameKey(EntityType type, String name) {
        return type.segment() + "/" + keyPart(name);
    }

    /** The name part of a key: normalised and made IRI-safe (ASCII punctuation percent-free). */
    static String keyPart(String name) {
        String n = Names.normalise(name);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.') {
                sb.appendCodePoint(cp);
            } else if (cp == '+') {
                sb.append("plus");
            } else {
                sb.append('_');
            }
        });
        if (sb.isEmpty()) {
            throw new IllegalArgumentException("name '" + name + "' has nothing to key on");
        }
        return sb.toString();
    }

    /** The namespace of the path segment {@code segment}, one of {@link #SEGMENTS}. */
    public String namespace(String segment) {
        if (!SEGMENTS.contains(segment)) {
            throw new IllegalArgumentException("no IRI segment '" + segment + "' (known: " + SEGMENTS + ")");
        }
        return base + segment + "/";
    }

    /** The segment an IRI of this scheme lies under, or empty when it is not one of ours. */
    public Optional<String> segmentOf(String iri) {
        if (!iri.startsWith(base)) {
            return Optional.empty();
        }
        String rest = iri.substring(base.length());
        String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return SEGMENTS.contains(segment) ? Optional.of(segment) : Optional.empty();
    }

    /** The entity with key {@code key} (e.g. {@code place/441802}). */
    public String entity(String key) {
        return base + key;
    }

    public String report(String docId) {
        return base + REPORT + "/" + segment(docId);
    }

    /** The named graph holding everything document {@code docId} states. */
    public String graph(String docId) {
        return base + GRAPH + "/" + segment(docId);
    }

    public String mention(String docId, int start, int end, String type) {
        return base + MENTION + "/" + segment(docId) + "/" + start + "-" + end + "-" + type;
    }

    public String section(String docId, int index) {
        return report(docId) + "/section/" + index;
    }

    /** The {@code n}-th recognition (qualified place-under-program relation) stated in a document. */
    public String recognition(String docId, int n) {
        return base + RECOGNITION + "/" + segment(docId) + "/" + n;
    }

    /** The group of projects whose amount stands at offset {@code at} of a document. */
    public String projectGroup(String docId, int at) {
        return base + GROUP + "/" + segment(docId) + "/" + at;
    }

    /** The {@code n}-th reported figure of a document. */
    public String observation(String docId, int n) {
        return base + OBSERVATION + "/" + segment(docId) + "/" + n;
    }

    /**
     * A document id (its path below the input, e.g. {@code 2023/报告.txt}) made safe as IRI path segments:
     * {@code /} kept between them, other unsafe characters percent-encoded.
     */
    static String segment(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x80 || Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return new String(sb.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
