package org.govkg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.govkg.extract.Attr;
import org.govkg.gazetteer.Division;
import org.govkg.gazetteer.PlaceLevel;

/**
 * What {@link PlaceDisambiguator} decides for one place mention: {@link Linked} to a division, kept by
 * name ({@link Typed} or {@link Unresolved}), or {@link Dropped}. Made through the factory methods.
 */
sealed interface PlaceDecision {

    /** The mention names {@code division}. */
    static PlaceDecision linked(Division division) {
        return new Linked(division);
    }

    /** A place outside the division list whose kind is known: a curated 北江, a 龙塘河 by its suffix. */
    static PlaceDecision typed(String label, String placeType) {
        return new Typed(label, placeType);
    }

    /** An administrative place that the list does not pin down, kept by name with the reason. */
    static PlaceDecision unresolved(String label, Optional<PlaceLevel> level, String reason) {
        return new Unresolved(label, level, reason);
    }

    /** Too weak to stand alone (a bare short form outside the document's scopes): no entity. */
    static PlaceDecision dropped() {
        return Dropped.INSTANCE;
    }

    /** See {@link #linked}. */
    record Linked(Division division) implements PlaceDecision {
        public Linked {
            requireNonNull(division, "division");
        }
    }

    /** A decision to keep the place as an entity keyed by its name, with these properties. */
    sealed interface NameKeyed extends PlaceDecision {
        String label();

        /** Facts keyed by {@link Attr} constants; immutable. */
        SortedMap<String, String> properties();
    }

    /** See {@link #typed}. */
    record Typed(String label, String placeType) implements NameKeyed {
        public Typed {
            requireText(label, "label");
            requireText(placeType, "placeType");
        }

        @Override
        public SortedMap<String, String> properties() {
            return Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(Attr.PLACE_TYPE, placeType)));
        }
    }

    /** See {@link #unresolved}. */
    record Unresolved(String label, Optional<PlaceLevel> level, String reason) implements NameKeyed {
        public Unresolved {
            requireText(label, "label");
            requireNonNull(level, "level");
            requireText(reason, "reason");
        }

        @Override
        public SortedMap<String, String> properties() {
            TreeMap<String, String> props = new TreeMap<>();
            props.put(Attr.UNRESOLVED, reason);
            level.ifPresent(l -> props.put(Attr.LEVEL, l.id()));
            return Collections.unmodifiableSortedMap(props);
        }
    }

    /** See {@link #dropped}. */
    enum Dropped implements PlaceDecision {
        INSTANCE
    }

    private static void requireText(String value, String name) {
        requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank: '" + value + "'");
        }
    }
}
