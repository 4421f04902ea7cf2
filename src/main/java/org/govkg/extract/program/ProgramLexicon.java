package org.govkg.extract.program;

import java.util.List;
import org.govkg.lexicon.ResourceLines;

/**
 * Former home of the program word lists, now {@link org.govkg.lexicon.ProgramLexicon}. Kept only for
 * {@code org.govkg.resolve.ProgramAliases}, which is converted separately; delete with that import.
 *
 * @deprecated read through {@link org.govkg.lexicon.ProgramLexicon#read} or {@link ResourceLines}
 */
@Deprecated
public final class ProgramLexicon {

    private ProgramLexicon() {
    }

    /** The entries of {@code programs/<name>}. */
    public static List<String> read(String name) {
        return org.govkg.lexicon.ProgramLexicon.read(name);
    }
}
