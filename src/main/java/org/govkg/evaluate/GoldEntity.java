package org.govkg.evaluate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One entity of a gold file (see GUIDELINES.md). */
public record GoldEntity(String type, String label, List<String> aliases, String code, boolean required,
                         String definition) {
    public GoldEntity {
        requireNonNull(type, "type");
        requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        requireNonNull(code, "code");
        requireNonNull(definition, "definition");
    }
}
