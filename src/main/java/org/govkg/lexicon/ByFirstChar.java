package org.govkg.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Word lists grouped by their words' first character: where a text is tried against a list at every
 * position, only the words that can match there are compared.
 */
public final class ByFirstChar {

    private ByFirstChar() {
    }

    /** {@code items} grouped by the first character of their {@code word}, each group in list order. */
    public static <T> Map<Character, List<T>> index(List<T> items, Function<T, String> word) {
        Map<Character, List<T>> out = new HashMap<>();
        for (T item : items) {
            String w = word.apply(item);
            if (!w.isEmpty()) {
                out.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(item);
            }
        }
        out.replaceAll((c, l) -> List.copyOf(l));
        return Map.copyOf(out);
    }
}
