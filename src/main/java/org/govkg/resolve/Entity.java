package org.govkg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.text.Names;

/**
 * A resolved entity: the same key in every run and every document that names it.
 *
 * @param key        the IRI path below the base, e.g. {@code place/441802106} or
 *                   {@code program/百千万工程}; minted only by this package
 * @param type       its type
 * @param label      canonical name (official name for linked places), in the form of {@link Names#label}
 * @param aliases    other names, without the label
 * @param properties facts keyed by {@link org.govkg.extract.Attr} constants
 */
public record Entity(String key, EntityType type, String label, SortedSet<String> aliases,
                     SortedMap<Attr, String> properties) {
    public Entity {
        requireNonNull(key, "key");
        requireNonNull(type, "type");
        label = Names.label(requireNonNull(label, "label"));
        if (key.isBlank() || key.startsWith("/") || key.contains(" ")) {
            throw new IllegalArgumentException("bad entity key '" + key + "'");
        }
        TreeSet<String> a = new TreeSet<>(aliases);
        a.remove(label);
        aliases = Collections.unmodifiableSortedSet(a);
        properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
    }

    /** This entity with the aliases and properties of {@code other} (same key) added; ours win on clashes. */
    public Entity merge(Entity other) {
        if (!key.equals(other.key)) {
            throw new IllegalArgumentException("cannot merge " + key + " with " + other.key);
        }
        TreeSet<String> a = new TreeSet<>(aliases);
        a.addAll(other.aliases);
        a.add(other.label);
        TreeMap<Attr, String> p = new TreeMap<>(other.properties);
        p.putAll(properties);
        return new Entity(key, type, label, a, p);
    }
}
