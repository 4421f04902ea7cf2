/**
 * Knowledge about Chinese places shared by extraction and resolution, below both: the official division
 * list (NBS 统计用区划代码, {@code divisions.tsv.gz}) and the curated non-administrative places
 * ({@code places/places.tsv}), read once by {@link org.govkg.gazetteer.GazetteerLoader} into a
 * {@link org.govkg.gazetteer.DivisionIndex} and {@link org.govkg.gazetteer.CuratedPlaces} behind the query
 * API of {@link org.govkg.gazetteer.Gazetteer}; the name forms a division is written in
 * ({@link org.govkg.gazetteer.NameForms}: 清城区, 清城); place levels and names
 * ({@link org.govkg.gazetteer.PlaceLevel}, {@link org.govkg.gazetteer.PlaceName}); and
 * {@link org.govkg.gazetteer.AdminSuffixes}, the suffixes that end division names.
 * <p>Requires only the classpath; word lists come through {@link org.govkg.lexicon.ResourceLines}.
 * Produces immutable, thread-safe lookups. Imports nothing of extract or resolve.
 */
package org.govkg.gazetteer;
