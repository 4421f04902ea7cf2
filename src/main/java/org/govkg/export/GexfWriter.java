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
 * Writes a {@link PropertyGraph} as GEXF 1.2 (Gephi's own format, read by networkx too): a static,
 * directed graph whose nodes carry their label as {@code label} and whose edges carry their type as
 * {@code label}; every property is a declared attribute with its type, {@code type} first; a list
 * property is a {@code liststring} of values joined with {@code |}. No creation date in the meta
 * data, so the same graph gives the same bytes.
 */
final class GexfWriter {

    private GexfWriter() {
    }

    static void write(PropertyGraph graph, OutputStream os) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<gexf xmlns=\"http://www.gexf.net/1.2draft\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\""
                + " version=\"1.2\">\n");
        w.write("  <meta>\n    <creator>govkg</creator>\n"
                + "    <description>entities, project groups and reports of Chinese government reports"
                + "</description>\n  </meta>\n");
        w.write("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
        // The label is the node's own label attribute, not a column of its own (Gephi has one already).
        List<Property> nodeSchema = graph.nodeSchema().stream()
                .filter(p -> !p.name().equals(PropertyGraph.LABEL)).toList();
        attributes(w, "node", nodeSchema);
        attributes(w, "edge", graph.edgeSchema());
        w.write("    <nodes>\n");
        for (Node n : graph.nodes()) {
            w.write("      <node id=\"" + XmlText.escape(n.id()) + "\" label=\"" + XmlText.escape(n.label())
                    + "\"><attvalues>");
            attvalue(w, "type", n.type());
            for (Property p : nodeSchema) {
                List<String> v = n.properties().get(p.name());
                if (v != null) {
                    attvalue(w, p.name(), String.join(GraphMlWriter.LIST_SEPARATOR, v));
                }
            }
            w.write("</attvalues></node>\n");
        }
        w.write("    </nodes>\n    <edges>\n");
        int i = 0;
        for (Edge e : graph.edges()) {
            w.write("      <edge id=\"" + i++ + "\" source=\"" + XmlText.escape(e.source()) + "\" target=\""
                    + XmlText.escape(e.target()) + "\" label=\"" + XmlText.escape(e.type())
                    + "\"><attvalues>");
            attvalue(w, "type", e.type());
            for (Property p : graph.edgeSchema()) {
                List<String> v = e.properties().get(p.name());
                if (v != null) {
                    attvalue(w, p.name(), String.join(GraphMlWriter.LIST_SEPARATOR, v));
                }
            }
            w.write("</attvalues></edge>\n");
        }
        w.write("    </edges>\n  </graph>\n</gexf>\n");
        w.flush();
    }

    private static void attributes(Writer w, String domain, List<Property> schema) throws IOException {
        w.write("    <attributes class=\"" + domain + "\" mode=\"static\">\n");
        w.write("      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n");
        for (Property p : schema) {
            String name = XmlText.escape(p.name());
            w.write("      <attribute id=\"" + name + "\" title=\"" + name
                    + "\" type=\"" + type(p) + "\"/>\n");
        }
        w.write("    </attributes>\n");
    }

    private static String type(Property p) {
        if (p.list()) {
            return "liststring";
        }
        return switch (p.kind()) {
            case INT -> "long";
            case DOUBLE -> "double";
            case DATE, STRING -> "string";
        };
    }

    private static void attvalue(Writer w, String key, String value) throws IOException {
        w.write("<attvalue for=\"" + XmlText.escape(key) + "\" value=\"" + XmlText.escape(value) + "\"/>");
    }
}
