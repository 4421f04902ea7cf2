/**
 * Suffix rules of the place extractor ({@code places/suffixes.tsv}): which endings make a word a place
 * name (river 江/河, mountain 山, region 片区 …) and which stems they reject, so that a verb phrase ending
 * in 河 or 山 is no place. Divisions themselves come from {@link org.govkg.gazetteer}.
 */
package org.govkg.extract.place;
