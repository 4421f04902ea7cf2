/**
 * Sinks of the knowledge graph: the dumps (Turtle, TriG and on request N-Quads, N-Triples, JSON-LD,
 * RDF/XML, written with RDF4J Rio, the only package that imports RDF4J), the entity-level property graph
 * for graph tools ({@link org.govkg.export.PropertyGraph}, read by SPARQL and written as GraphML, GEXF and
 * Neo4j import CSV by {@link org.govkg.export.PropertyGraphExport}), the Fuseki configuration file, and
 * {@link org.govkg.export.GraphOutput}, which ties store and dumps together for a build.
 * Every file is sorted for byte-identical output and written atomically.
 */
package org.govkg.export;
