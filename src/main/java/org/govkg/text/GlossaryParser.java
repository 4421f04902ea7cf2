package org.govkg.text;

import java.util.List;

/** Finds glossary and note entries (名词解释, 注释, 〔1〕…：指…). */
public final class GlossaryParser {

    private GlossaryParser() {
    }

    public static List<GlossaryEntry> parse(String text) {
        return List.of();
    }
}
