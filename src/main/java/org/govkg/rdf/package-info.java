/**
 * The RDF stage: resolved documents to quads.
 * <p>Requires a {@link org.govkg.resolve.ResolvedDocument}; produces, through
 * {@link org.govkg.rdf.ReportGraphEmitter}, the quads of the document's own named graph, pushed into a Jena
 * {@link org.apache.jena.riot.system.StreamRDF}. {@link org.govkg.rdf.IriScheme} names every resource below
 * a configurable base; {@link org.govkg.rdf.OntologyFiles} finds {@code ontology/*.ttl}.
 */
package org.govkg.rdf;
