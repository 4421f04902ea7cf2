/**
 * Word lists and the one loader they share, below extract and resolve.
 * <p>{@link org.govkg.lexicon.ResourceLines} reads every line-based data file of the classpath with one
 * comment rule; the lexicons here ({@link org.govkg.lexicon.ProgramLexicon},
 * {@link org.govkg.lexicon.OrganizationLexicon}) are the lists both extraction and resolution read.
 * Requires only the classpath; produces immutable, thread-safe lists, loaded once on first use.
 */
package org.govkg.lexicon;
