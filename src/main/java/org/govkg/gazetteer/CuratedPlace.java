package org.govkg.gazetteer;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A non-administrative place from {@code places/places.tsv}: a river, mountain, region, new district….
 *
 * @param label   canonical name (粤港澳大湾区)
 * @param type    kind of place (river, mountain, region, newDistrict, …)
 * @param aliases other names (大湾区)
 */
public record CuratedPlace(String label, String type, List<String> aliases) {
    public CuratedPlace {
        requireNonNull(label, "label");
        requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }
}
