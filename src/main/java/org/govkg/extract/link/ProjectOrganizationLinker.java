package org.govkg.extract.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.EntityType;
import org.govkg.extract.Linker;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;
import org.govkg.extract.RelationKind;

/**
 * Finds the organisation a project belongs to when its name opens with that organisation's name
 * (南网储能清远连州电网侧独立储能项目, 龙塘镇卫生院新院, 滨江中学功能楼): {@link Relation#BY_ORGANIZATION}.
 * <p>Requires: Project and Organization mentions. Produces: one relation per project, to a mention of
 * the longest organisation named anywhere in the document that the project's name starts with and
 * that leaves at least two characters of its own. A project named exactly like an organisation (a
 * school being built) belongs to nobody by this rule.
 */
public final class ProjectOrganizationLinker implements Linker {

    private static final int MIN_REST = 2;

    @Override
    public List<Relation> link(AnalyzedDocument doc, List<Mention> mentions) {
        // The first mention of each organisation name, longest names first.
        TreeMap<String, Integer> orgs = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == EntityType.Organization) {
                orgs.putIfAbsent(m.name(), i);
            }
        }
        List<Relation> out = new ArrayList<>();
        if (orgs.isEmpty()) {
            return out;
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention p = mentions.get(i);
            if (p.type() != EntityType.Project) {
                continue;
            }
            for (var org : orgs.entrySet()) {
                if (p.name().startsWith(org.getKey())
                        && p.name().length() - org.getKey().length() >= MIN_REST) {
                    out.add(new Relation(RelationKind.BY_ORGANIZATION, i, org.getValue(), p.sentence(),
                            new TreeMap<>()));
                    break;
                }
            }
        }
        return out;
    }
}
