package org.govkg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Collects one document's resolution: mention → entity key, the entities, the subject region. */
public final class ResolutionContext {

    private final Map<Integer, String> links = new HashMap<>();
    private final TreeMap<String, Entity> entities = new TreeMap<>();
    private String region;

    /** Links mention {@code mentionIndex} to {@code entity}, merging it into the entity table. */
    public void link(int mentionIndex, Entity entity) {
        requireNonNull(entity, "entity");
        String previous = links.putIfAbsent(mentionIndex, entity.key());
        if (previous != null && !previous.equals(entity.key())) {
            throw new IllegalStateException("mention " + mentionIndex + " already linked to " + previous
                    + ", not " + entity.key());
        }
        add(entity);
    }

    /** Adds an entity that no mention names directly (e.g. an ancestor place). */
    public void add(Entity entity) {
        entities.merge(entity.key(), entity, Entity::merge);
    }

    public void region(String key) {
        this.region = requireNonNull(key, "key");
    }

    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    public Optional<String> linkOf(int mentionIndex) {
        return Optional.ofNullable(links.get(mentionIndex));
    }

    public Optional<Entity> entity(String key) {
        return Optional.ofNullable(entities.get(key));
    }

    public Map<Integer, String> links() {
        return Collections.unmodifiableMap(links);
    }

    public Map<String, Entity> entities() {
        return Collections.unmodifiableMap(entities);
    }
}
