/**
 * Scoring against gold files ({@code src/test/resources/gold/GUIDELINES.md} defines the format and the
 * rules): {@link org.govkg.evaluate.GoldFile} reads one document's answer key,
 * {@link org.govkg.evaluate.Scorer} compares an entities table with it per entity type.
 * <p>Requires: the rows of {@code entities.tsv} and the gold directory. Produces: per-type precision,
 * recall and F1, code accuracy for places and definition agreement for defined terms.
 */
package org.govkg.evaluate;
