package org.govkg.gazetteer;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One administrative division of the gazetteer.
 *
 * @param code   statistical division code (2/4/6/9/12 digits)
 * @param level  its level
 * @param label  official name (villages as 村/社区)
 * @param parent code of its parent, empty for provinces
 */
public record Division(String code, PlaceLevel level, String label, Optional<String> parent) {
    public Division {
        requireNonNull(code, "code");
        requireNonNull(level, "level");
        requireNonNull(label, "label");
        requireNonNull(parent, "parent");
    }
}
