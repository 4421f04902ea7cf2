/**
 * The RDF stage: resolved documents to quads.
 * <p>Requires a {@link org.govkg.resolve.ResolvedDocument}; produces, through
 * {@link org.govkg.rdf.ReportGraphEmitter}, the quads of the document's own named graph, pushed into a
 * Jena {@link org.apache.jena.riot.system.StreamRDF}. It names resources by
 * {@link org.govkg.resolve.IriScheme}, writes attributes and relations as {@link org.govkg.extract.Attr}
 * and {@link org.govkg.extract.RelationKind} say, and derives nothing: inference happens in resolution.
 * {@link org.govkg.rdf.OntologyFiles} finds {@code ontology/*.ttl}.
 */
package org.govkg.rdf;
