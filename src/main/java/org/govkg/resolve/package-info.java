/**
 * Resolution: mentions to entities. {@link org.govkg.resolve.EntityResolver} runs one
 * {@link org.govkg.resolve.TypeResolver} per entity type (places first: linking to division codes, the
 * document's subject region), merges aliases, and ends with {@link org.govkg.resolve.Inference}, the one
 * place where relations the text implies (within, implements, definesProgram by name) are derived.
 * <p>Requires: an analysed document and its {@link org.govkg.extract.Extraction}. Produces: an immutable
 * {@link org.govkg.resolve.ResolvedDocument} — entities with stable keys (the IRI path under the base),
 * mentions in text order each with its entity, stated and inferred relations, and figures.
 * {@link org.govkg.resolve.IriScheme} is the one place that says how every IRI is formed (entity keys,
 * reports, graphs, mentions, groups …).
 */
package org.govkg.resolve;
