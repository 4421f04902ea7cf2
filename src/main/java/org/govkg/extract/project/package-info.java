/**
 * The rules of project extraction, one per class, run by {@link org.govkg.extract.ProjectExtractor}.
 * <p>Requires: a sentence's text, a clause span and HanLP {@link org.govkg.nlp.Token}s. Produces records
 * ({@link org.govkg.extract.project.ProjectCandidate}, {@link org.govkg.extract.project.Amount},
 * {@link org.govkg.extract.project.AmountRule.GroupAmount},
 * {@link org.govkg.extract.project.StatusRule.Reading}, division tokens of
 * {@link org.govkg.extract.project.PlacePrefix}); never mentions, so this package imports
 * nothing of {@code org.govkg.extract}. Word lists live in {@code /projects/} ({@link
 * org.govkg.extract.project.ProjectLexicon}). Also used by the organisation extractor: {@link
 * org.govkg.extract.project.NameBoundary}.
 */
package org.govkg.extract.project;
