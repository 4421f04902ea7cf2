/**
 * The only package that imports HanLP. {@link org.govkg.nlp.HanlpAnalyzer} segments and tags one sentence
 * (one analyzer per worker thread, each with its own dictionary; HanLP's global configuration is never
 * changed) and copies HanLP's terms into our {@link org.govkg.nlp.Token} records with document offsets
 * and a {@link org.govkg.nlp.Pos}; {@link org.govkg.nlp.HanlpPhraseConverter} provides HanLP's
 * traditional-to-simplified phrase table to {@link org.govkg.script.ChineseScript}.
 * {@link org.govkg.nlp.Tokens} finds tokens by offset in logarithmic time.
 * <p>Requires: sentence text and its start offset. Produces: immutable token lists.
 */
package org.govkg.nlp;
