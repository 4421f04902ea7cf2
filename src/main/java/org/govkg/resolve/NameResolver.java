package org.govkg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.text.Names;

/** Baseline resolution: one entity per normalised name, the mention's attributes as properties. */
public final class NameResolver implements TypeResolver {

    private final EntityType type;

    public NameResolver(EntityType type) {
        this.type = requireNonNull(type, "type");
    }

    @Override
    public EntityType type() {
        return type;
    }

    @Override
    public void resolve(AnalyzedDocument doc, Extraction extraction, ResolutionContext context) {
        List<Mention> mentions = extraction.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != type) {
                continue;
            }
            String label = Names.normalise(m.name());
            TreeSet<String> aliases = new TreeSet<>();
            String surface = Names.normalise(m.surface());
            if (!surface.isEmpty()) {
                aliases.add(surface);
            }
            context.link(i, new Entity(IriScheme.nameKey(type, label), type, label, aliases,
                    new TreeMap<>(m.attributes())));
        }
    }
}
