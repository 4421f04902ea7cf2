/**
 * Text structure and document metadata over a normalised text: sections, paragraphs and sentences with
 * character offsets ({@link org.govkg.text.StructureParser}), glossary entries
 * ({@link org.govkg.text.GlossaryParser}), and a report's title, region, year, kind, date and speaker
 * ({@link org.govkg.text.MetadataExtractor}, rules in {@code metadata.properties}). Pure functions;
 * {@link org.govkg.text.Cancellation} lets the loops of every stage stop a document over its time.
 */
package org.govkg.text;
