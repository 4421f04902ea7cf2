package org.govkg.script;

/**
 * A traditional → simplified converter of whole phrases, the dictionary work behind {@link ChineseScript}.
 * Provided as a {@link java.util.ServiceLoader} service: {@code org.govkg.nlp} registers HanLP's
 * converter, so that no package but {@code nlp} imports HanLP and {@code ingest} needs no {@code nlp}.
 * Implementations are thread-safe.
 */
public interface PhraseConverter {

    /** {@code text} in simplified characters; phrase-aware, so the length may change. */
    String toSimplified(String text);
}
