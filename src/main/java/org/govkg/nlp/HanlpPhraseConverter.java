package org.govkg.nlp;

import com.hankcs.hanlp.HanLP;
import org.govkg.script.PhraseConverter;

/**
 * HanLP's traditional → simplified dictionaries as the {@link PhraseConverter} service (registered in
 * {@code META-INF/services}). Read-only: HanLP's configuration is never touched. Thread-safe.
 */
public final class HanlpPhraseConverter implements PhraseConverter {

    @Override
    public String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }
}
