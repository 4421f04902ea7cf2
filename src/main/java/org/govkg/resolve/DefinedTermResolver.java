package org.govkg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.extract.program.SurfaceNames;
import org.govkg.text.Names;

/**
 * Links DefinedTerm mentions to one entity per defined term of a document: the glossary entry,
 * the body mentions carrying its marker and the short forms its definition states share the
 * term's name. Aliases are the other names the surfaces spell (“口袋”公园 → 口袋).
 * <p>Requires: DefinedTerm mentions. Produces: links to entities keyed {@code term/<term>} with
 * {@link Attr#DEFINITION} and {@link Attr#MARKER} from the entry. Thread-safe.
 */
public final class DefinedTermResolver implements TypeResolver {

    @Override
    public EntityType type() {
        return EntityType.DefinedTerm;
    }

    @Override
    public void resolve(AnalyzedDocument doc, Extraction extraction, ResolutionContext context) {
        List<Mention> mentions = extraction.mentions();
        Map<String, List<Integer>> byName = new TreeMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == EntityType.DefinedTerm) {
                String name = Names.normalise(SurfaceNames.bare(m.name()));
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> e : byName.entrySet()) {
            String label = e.getKey();
            TreeSet<String> aliases = new TreeSet<>();
            TreeMap<Attr, String> properties = new TreeMap<>();
            for (int i : e.getValue()) {
                Mention m = mentions.get(i);
                SurfaceNames.of(m.surface()).forEach(n -> aliases.add(Names.normalise(n)));
                if (m.attributes().containsKey(Attr.DEFINITION)) {
                    for (Attr key : List.of(Attr.DEFINITION, Attr.MARKER)) {
                        String v = m.attributes().get(key);
                        if (v != null) {
                            properties.putIfAbsent(key, v);
                        }
                    }
                }
            }
            aliases.remove("");
            Entity entity = new Entity(IriScheme.nameKey(EntityType.DefinedTerm, label),
                    EntityType.DefinedTerm, label, aliases, properties);
            for (int i : e.getValue()) {
                context.link(i, entity);
            }
        }
    }
}
