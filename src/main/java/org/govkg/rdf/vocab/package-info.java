/**
 * Vocabulary constants, one class per namespace, named exactly as the terms' local names (as Jena's
 * {@code SKOS} or {@code DCTerms}). {@link org.govkg.rdf.vocab.GOVKG} is checked against
 * {@code ontology/govkg.ttl} in both directions by a test.
 */
package org.govkg.rdf.vocab;
