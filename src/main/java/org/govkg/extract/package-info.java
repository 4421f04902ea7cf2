/**
 * Extraction: what the text names and states, per document, as immutable records. Each
 * {@link org.govkg.extract.Extractor} is pure and thread-safe and finds one kind of thing (places,
 * programs and their recognitions, defined terms, projects, organisations, figures); each
 * {@link org.govkg.extract.Linker} then relates mentions of different extractors (a project to its
 * program or organisation).
 * <p>Requires: an {@link org.govkg.extract.AnalyzedDocument} (normalised text, structure, HanLP tokens per
 * sentence) and the shared resources below it ({@code gazetteer}, {@code lexicon}). Produces: an
 * {@link org.govkg.extract.Extraction} — {@link org.govkg.extract.Mention}s with spans and
 * {@link org.govkg.extract.Attr}ibutes, {@link org.govkg.extract.Relation}s between them and
 * {@link org.govkg.extract.Figure}s. What an entity type, attribute or relation kind is lives here once
 * ({@link org.govkg.extract.EntityType}, {@link org.govkg.extract.Attr},
 * {@link org.govkg.extract.RelationKind}); nothing here knows about entities, keys or RDF.
 */
package org.govkg.extract;
