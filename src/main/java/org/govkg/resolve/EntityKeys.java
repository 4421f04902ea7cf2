package org.govkg.resolve;

import java.util.Locale;
import org.govkg.extract.EntityType;
import org.govkg.text.Names;

/** Mints entity keys: the one place that decides what an entity's IRI path looks like. */
public final class EntityKeys {

    private EntityKeys() {
    }

    /** Key of a place linked to an official division code. */
    public static String place(String code) {
        return "place/" + code;
    }

    /** Key of an entity known only by its name (places without a code included). */
    public static String byName(EntityType type, String name) {
        return type.name().toLowerCase(Locale.ROOT).replace("definedterm", "term") + "/" + nameKey(name);
    }

    /** The name part of a key: normalised and made IRI-safe (ASCII punctuation percent-free). */
    static String nameKey(String name) {
        String n = Names.normalise(name);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.') {
                sb.appendCodePoint(cp);
            } else if (cp == '+') {
                sb.append("plus");
            } else {
                sb.append('_');
            }
        });
        if (sb.isEmpty()) {
            throw new IllegalArgumentException("name '" + name + "' has nothing to key on");
        }
        return sb.toString();
    }
}
