package org.govkg.nlp;

import com.hankcs.hanlp.HanLP;

/** Traditional → simplified conversion through HanLP's dictionaries. */
public final class ChineseScript {

    private ChineseScript() {
    }

    public static String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }
}
