/**
 * Linkers: relations between mentions of different extractors, stated by the sentence that holds them.
 * {@link org.govkg.extract.link.ProjectProgramLinker} states underProgram where a sentence frames projects
 * by a program (cue words in {@code links/under-program.tsv});
 * {@link org.govkg.extract.link.ProjectOrganizationLinker} states byOrganization where a project's name
 * opens with an organisation the report names.
 * <p>Requires: the analysed document and all of its mentions. Produces: relations between mention
 * indices.
 */
package org.govkg.extract.link;
