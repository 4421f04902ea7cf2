package org.govkg.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govkg.export.PropertyGraph.Edge;
import org.govkg.export.PropertyGraph.Node;
import org.govkg.export.PropertyGraph.Property;

/**
 * Writes a {@link PropertyGraph} as GraphML (directed; one {@code <key>} with a declared
 * {@code attr.type} per property, {@code type} first), the format networkx, Gephi, yEd and Cytoscape
 * read. Node ids are IRIs; edge ids {@code e0, e1, …} in the graph's order. A list property is a string
 * of its values joined with {@value #LIST_SEPARATOR}, since GraphML has no list type.
 */
final class GraphMlWriter {

    /** What joins the values of a list property. */
    static final String LIST_SEPARATOR = "|";

    private GraphMlWriter() {
    }

    static void write(PropertyGraph graph, OutputStream os) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
                + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        w.write("  <key id=\"n.type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n");
        for (Property p : graph.nodeSchema()) {
            key(w, "n." + p.name(), "node", p);
        }
        w.write("  <key id=\"e.type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n");
        for (Property p : graph.edgeSchema()) {
            key(w, "e." + p.name(), "edge", p);
        }
        w.write("  <graph id=\"govkg\" edgedefault=\"directed\">\n");
        for (Node n : graph.nodes()) {
            w.write("    <node id=\"" + XmlText.escape(n.id()) + "\">");
            data(w, "n.type", n.type());
            for (Property p : graph.nodeSchema()) {
                List<String> v = n.properties().get(p.name());
                if (v != null) {
                    data(w, "n." + p.name(), String.join(LIST_SEPARATOR, v));
                }
            }
            w.write("</node>\n");
        }
        int i = 0;
        for (Edge e : graph.edges()) {
            w.write("    <edge id=\"e" + i++ + "\" source=\"" + XmlText.escape(e.source()) + "\" target=\""
                    + XmlText.escape(e.target()) + "\">");
            data(w, "e.type", e.type());
            for (Property p : graph.edgeSchema()) {
                List<String> v = e.properties().get(p.name());
                if (v != null) {
                    data(w, "e." + p.name(), String.join(LIST_SEPARATOR, v));
                }
            }
            w.write("</edge>\n");
        }
        w.write("  </graph>\n</graphml>\n");
        w.flush();
    }

    private static void key(Writer w, String id, String domain, Property p) throws IOException {
        w.write("  <key id=\"" + XmlText.escape(id) + "\" for=\"" + domain + "\" attr.name=\""
                + XmlText.escape(p.name()) + "\" attr.type=\"" + type(p) + "\"/>\n");
    }

    private static String type(Property p) {
        if (p.list()) {
            return "string";
        }
        return switch (p.kind()) {
            case INT -> "long";
            case DOUBLE -> "double";
            case DATE, STRING -> "string";
        };
    }

    private static void data(Writer w, String key, String value) throws IOException {
        w.write("<data key=\"" + XmlText.escape(key) + "\">" + XmlText.escape(value) + "</data>");
    }
}
