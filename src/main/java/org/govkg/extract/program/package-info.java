/**
 * Programs and defined terms. {@link org.govkg.extract.program.ProgramExtractor} finds program names
 * ({@link org.govkg.extract.program.ProgramFinder}: quoted names with a head noun, unquoted fixed names
 * ending in a head word, numbered short forms) and the places recognised under them
 * ({@link org.govkg.extract.program.RecognitionFinder}).
 * {@link org.govkg.extract.program.DefinedTermExtractor} turns glossary entries and notes into
 * DefinedTerm mentions with their definitions, and states definesProgram where an entry names a
 * program. {@link org.govkg.extract.program.SurfaceNames} gives the name forms of a surface (markers
 * and quotes removed).
 * <p>Requires: the analysed document (its glossary included); word lists from {@code lexicon}. Produces:
 * mentions and relations of an {@link org.govkg.extract.Extraction}.
 */
package org.govkg.extract.program;
