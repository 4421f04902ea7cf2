/**
 * Knowledge about Chinese administrative divisions shared by extraction and resolution, below both.
 * <p>Holds {@link org.govkg.gazetteer.AdminSuffixes}, the suffixes that end division names, read from
 * {@code /gazetteer/admin-suffixes.tsv} through {@link org.govkg.lexicon.ResourceLines}. Requires only
 * the classpath; produces immutable, thread-safe lookups. Imports nothing of extract or resolve.
 */
package org.govkg.gazetteer;
