/**
 * Chinese script conversion, traditional → simplified, below ingest and nlp.
 * <p>{@link org.govkg.script.ChineseScript} converts with offsets kept aligned; the dictionary behind it
 * is a {@link org.govkg.script.PhraseConverter} service, which {@code org.govkg.nlp} provides from HanLP.
 * Requires a provider on the classpath; produces strings. Imports no HanLP and no other govkg stage.
 */
package org.govkg.script;
