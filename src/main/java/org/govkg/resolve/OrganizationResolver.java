package org.govkg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.lexicon.OrganizationLexicon;
import org.govkg.text.Names;

/**
 * Resolves Organization mentions. A known short form is keyed on its full name (国家发改委 is
 * 国家发展和改革委员会); a short form that the document also names in full (凯恩斯 and
 * 凯恩斯纳米材料有限公司) becomes an alias of the full one.
 * <p>Requires: Organization mentions. Produces: Organization entities keyed by full name.
 */
public final class OrganizationResolver implements TypeResolver {

    private static final int SHORT_MAX = 6;

    @Override
    public EntityType type() {
        return EntityType.Organization;
    }

    @Override
    public void resolve(AnalyzedDocument doc, Extraction extraction, ResolutionContext context) {
        List<Mention> mentions = extraction.mentions();
        OrganizationLexicon lex = OrganizationLexicon.get();
        List<String> fullNames = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.Organization && Names.normalise(m.name()).length() > SHORT_MAX) {
                fullNames.add(Names.normalise(m.name()));
            }
        }
        fullNames.sort(null);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.Organization) {
                continue;
            }
            String name = Names.normalise(m.name());
            String label = lex.fullName(name).orElse(name);
            if (name.length() <= SHORT_MAX && label.equals(name)) {
                for (String full : fullNames) {
                    if (full.contains(name) && !full.equals(name) && isCompany(full)) {
                        label = full;
                        break;
                    }
                }
            }
            TreeSet<String> aliases = new TreeSet<>();
            aliases.add(name);
            String key = IriScheme.nameKey(EntityType.Organization, label);
            context.link(i, new Entity(key, EntityType.Organization,
                    label, aliases, new TreeMap<>(m.attributes())));
        }
    }

    private static boolean isCompany(String full) {
        return full.endsWith("公司") || full.endsWith("集团");
    }
}
