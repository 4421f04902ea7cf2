package org.govkg.rdf;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.govkg.extract.EntityType;

/**
 * How govkg names its data: every IRI is the configurable base followed by a path.
 * Entity IRIs are {@code base + Entity.key()}, so they are stable across runs and documents.
 *
 * @param base the base IRI, ending in {@code /} or {@code #}
 */
public record IriScheme(String base) {
    /** The default base, {@code https://w3id.org/govkg/}. */
    public static final String DEFAULT_BASE = "https://w3id.org/govkg/";

    /**
     * Every path segment directly under the base, in the order the Turtle dumps list their subjects
     * (reports with their sections first, mentions last); each gets a prefix of its own in the dumps.
     * Every {@link EntityType#segment()} is among them (a test checks it).
     */
    public static final List<String> SEGMENTS = List.of("report", EntityType.Place.segment(),
            EntityType.Program.segment(), EntityType.Project.segment(), EntityType.Organization.segment(),
            EntityType.DefinedTerm.segment(), "recognition", "observation", "group", "mention", "graph");

    public IriScheme {
        requireNonNull(base, "base");
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("base IRI '" + base + "' must end with / or #");
        }
    }

    public static IriScheme standard() {
        return new IriScheme(DEFAULT_BASE);
    }

    /** The namespace of the path segment {@code segment}, one of {@link #SEGMENTS}. */
    public String namespace(String segment) {
        if (!SEGMENTS.contains(segment)) {
            throw new IllegalArgumentException("no IRI segment '" + segment + "' (known: " + SEGMENTS + ")");
        }
        return base + segment + "/";
    }

    /** The segment an IRI of this scheme lies under, or empty when it is not one of ours. */
    public java.util.Optional<String> segmentOf(String iri) {
        if (!iri.startsWith(base)) {
            return java.util.Optional.empty();
        }
        String rest = iri.substring(base.length());
        String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return SEGMENTS.contains(segment) ? java.util.Optional.of(segment) : java.util.Optional.empty();
    }

    /** The entity with key {@code key} (e.g. {@code place/441802}). */
    public Node entity(String key) {
        return iri(key);
    }

    public Node report(String docId) {
        return iri("report/" + segment(docId));
    }

    /** The named graph holding everything document {@code docId} states. */
    public Node graph(String docId) {
        return iri("graph/" + segment(docId));
    }

    public Node mention(String docId, int start, int end, String type) {
        return iri("mention/" + segment(docId) + "/" + start + "-" + end + "-" + type);
    }

    public Node section(String docId, int index) {
        return iri("report/" + segment(docId) + "/section/" + index);
    }

    /** The {@code n}-th recognition (qualified place-under-program relation) stated in a document. */
    public Node recognition(String docId, int n) {
        return iri("recognition/" + segment(docId) + "/" + n);
    }

    /** The group of projects whose amount stands at offset {@code at} of a document. */
    public Node projectGroup(String docId, int at) {
        return iri("group/" + segment(docId) + "/" + at);
    }

    /** The {@code n}-th reported figure of a document. */
    public Node observation(String docId, int n) {
        return iri("observation/" + segment(docId) + "/" + n);
    }

    /** A document id (a file name) made safe as one IRI path segment: unsafe characters percent-encoded. */
    static String segment(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x80 || Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return new String(sb.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }
}
