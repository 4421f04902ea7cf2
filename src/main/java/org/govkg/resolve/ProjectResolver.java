package org.govkg.resolve;

import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.text.Names;

/**
 * Resolves Project mentions: one entity per normalised name, a trailing 项目 ignored in the key
 * (清花高速项目 and 清花高速 are one project) while phases stay distinct (二期 is not 一期).
 * <p>Requires: Project mentions. Produces: Project entities whose aliases hold the surface forms
 * and the forms with and without 项目; properties from the mentions (status, investment, phase, the
 * year the clause names).
 */
public final class ProjectResolver implements TypeResolver {

    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile(
            "(.{2,}(?:高速|高铁|公路|城际|大道))[\\u4e00-\\u9fa5]{1,4}段");

    @Override
    public EntityType type() {
        return EntityType.Project;
    }

    @Override
    public void resolve(AnalyzedDocument doc, Extraction extraction, ResolutionContext context) {
        List<Mention> mentions = extraction.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.Project) {
                continue;
            }
            String label = Names.normalise(m.name());
            String core = core(label);
            TreeSet<String> aliases = new TreeSet<>();
            aliases.add(Names.normalise(m.surface()));
            if (!core.equals(label)) {
                aliases.add(label);
            } else if (!label.endsWith("工程")) {
                aliases.add(label + "项目");
            }
            if (label.endsWith("建设") && label.length() >= 6) {
                aliases.add(label.substring(0, label.length() - 2));
            }
            java.util.regex.Matcher section = SECTION.matcher(label);
            if (section.matches()) {
                aliases.add(section.group(1));
            }
            TreeMap<Attr, String> props = new TreeMap<>(m.attributes());
            // A group's amount belongs to the group the mention lists it in, not to the project.
            props.keySet().removeAll(Attr.OF_GROUP);
            // The label is a function of the key, so every document names the entity the same way.
            context.link(i, new Entity(IriScheme.nameKey(EntityType.Project, core), EntityType.Project, core,
                    aliases, props));
        }
    }

    /** The name without a trailing 项目 (kept when too little would be left). */
    static String core(String name) {
        if (name.endsWith("项目") && name.length() >= 5) {
            return name.substring(0, name.length() - 2);
        }
        return name;
    }
}
