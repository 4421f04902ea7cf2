package org.govkg.resolve;

import static java.util.Objects.requireNonNull;

import org.govkg.extract.Mention;

/** A mention and the key of the entity it names. */
public record ResolvedMention(Mention mention, String entityKey) {
    public ResolvedMention {
        requireNonNull(mention, "mention");
        requireNonNull(entityKey, "entityKey");
    }
}
