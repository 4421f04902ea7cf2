package org.govkg.export;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.govkg.resolve.IriScheme;

/**
 * A graph's statements as text lines in the order of the dumps: the unit a build keeps per document and
 * merges into the dumps without holding the corpus in memory.
 * <p>A line is {@code SUBJECT-KEY TAB PREDICATE-KEY TAB OBJECT}: the subject's IRI after one character
 * that sorts it by kind (the first path segment under the base, {@link IriScheme#SEGMENTS}, so programs
 * come before places, …), the predicate's IRI after {@code 0n} for the predicates
 * listed first (rdf:type, labels, definition) and {@code 1} for the rest, and the object in N-Triples.
 * Comparing two lines as strings compares the statements in dump order (no key contains a character
 * below TAB), so sorted runs merge by plain string comparison, and equal statements are equal lines.
 * Subjects are IRIs: the graph has no blank nodes.
 */
public final class SortedRun {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    /** Predicates listed first for each subject, in this order; the rest follow alphabetically. */
    private static final List<String> LEADING = List.of(RDF.type.getURI(), SKOS.prefLabel.getURI(),
            RDFS.label.getURI(), SKOS.altLabel.getURI(), SKOS.definition.getURI());

    private final IriScheme iris;
    private final Map<String, String> subjectKeys = new HashMap<>();

    public SortedRun(IriScheme iris) {
        this.iris = requireNonNull(iris, "iris");
    }

    /** The sorted, distinct lines of {@code triples}. Not thread-safe (it caches subject keys). */
    public List<String> lines(Iterable<Triple> triples) {
        List<String> lines = new ArrayList<>();
        for (Triple t : triples) {
            lines.add(line(t));
        }
        lines.sort(null);
        List<String> distinct = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(line)) {
                distinct.add(line);
            }
        }
        return distinct;
    }

    String line(Triple t) {
        Node s = t.getSubject();
        if (!s.isURI()) {
            throw new IllegalArgumentException("subject is not an IRI: " + s);
        }
        return subjectKey(s.getURI()) + '\t' + predicateKey(t.getPredicate().getURI()) + '\t'
                + object(t.getObject());
    }

    /**
     * The object in N-Triples, as Jena's {@link NodeFmtLib#strNT} writes it. An IRI with none of the
     * characters Jena escapes in IRIs (below U+0014, space, {@code <>"{}|^`\}, DEL) is written as it is,
     * without Jena's character-by-character writer, which was a tenth of storing a document.
     */
    static String object(Node o) {
        if (o.isURI() && writtenAsIs(o.getURI())) {
            return '<' + o.getURI() + '>';
        }
        return NodeFmtLib.strNT(o);
    }

    private static boolean writtenAsIs(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c < 20 || c == ' ' || c == '\u007F' || "<>\"{}|^`\\".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private String subjectKey(String uri) {
        return subjectKeys.computeIfAbsent(uri, u -> {
            int i = iris.segmentOf(u).map(IriScheme.SEGMENTS::indexOf).orElse(-1);
            return (i >= 0 ? (char) ('A' + i) : 'Z') + u;
        });
    }

    private static String predicateKey(String uri) {
        int i = LEADING.indexOf(uri);
        return i >= 0 ? "0" + i : "1" + uri;
    }

    /** The N-Triples statement of a line. */
    static String ntriple(String line) {
        StringBuilder sb = new StringBuilder(line.length() + 8);
        appendTriple(sb, line);
        return sb.append(" .").toString();
    }

    /** The N-Quads statement of a line in graph {@code graphNT} (an IRI in N-Triples form). */
    static String nquad(String line, String graphNT) {
        StringBuilder sb = new StringBuilder(line.length() + graphNT.length() + 8);
        appendTriple(sb, line);
        return sb.append(' ').append(graphNT).append(" .").toString();
    }

    private static void appendTriple(StringBuilder sb, String line) {
        int a = line.indexOf('\t');
        int b = line.indexOf('\t', a + 1);
        if (a < 1 || b < 0) {
            throw new IllegalArgumentException("not a run line: " + line);
        }
        sb.append('<').append(line, 1, a).append("> <");
        if (line.charAt(a + 1) == '0') {
            sb.append(LEADING.get(line.charAt(a + 2) - '0'));
        } else {
            sb.append(line, a + 2, b);
        }
        sb.append("> ").append(line, b + 1, line.length());
    }

    /** The object IRI of a line whose predicate is rdf:type, or null for another predicate or object. */
    static String typeOf(String line) {
        int a = line.indexOf('\t');
        if (!line.startsWith("00\t", a + 1) || line.charAt(a + 4) != '<') {
            return null;
        }
        return line.substring(a + 5, line.length() - 1);
    }
}
