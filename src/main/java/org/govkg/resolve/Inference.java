package org.govkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;
import org.govkg.extract.RelationKind;

/**
 * The relations a document implies rather than states, derived in this one place so that the RDF stage
 * only maps and queries need no reasoner.
 * <p>Requires: a document's entities (places with their {@link Attr#PARENT}), its mentions, its subject
 * region and the stated relations. Produces: the stated relations followed by the inferred ones, each
 * once:
 * <ul>
 *   <li>{@link Relation#WITHIN}: a place lies within every ancestor of its parent chain that the document's
 *       entities reach (the transitive closure of partOf);</li>
 *   <li>{@link Relation#IMPLEMENTS}: the report's region implements every program the report names;</li>
 *   <li>{@link Relation#LOCATED_IN} ({@link #locatedIn}, before the mentions are final): a project whose
 *       name opens with places (清城区石角镇…, 星子龙坪风电场) is located in the most specific of each
 *       chain of them, unless the text states where it is;</li>
 *   <li>{@link Relation#DEFINES_PROGRAM}: a defined term with the same label as a program of the document
 *       is that program's glossary entry (the glossary states the link when the entry itself names a
 *       program; this covers the entry whose term is the program's name without a program head word).</li>
 * </ul>
 */
public final class Inference {

    private Inference() {
    }

    /** The stated relations, then those they imply (see the class comment), each once. */
    public static List<ResolvedRelation> infer(Optional<String> region, List<Entity> entities,
                                        List<ResolvedMention> mentions, List<ResolvedRelation> stated) {
        Map<String, Entity> byKey = new HashMap<>();
        entities.forEach(e -> byKey.put(e.key(), e));
        Set<List<Object>> seen = new HashSet<>();
        List<ResolvedRelation> out = new ArrayList<>();
        for (ResolvedRelation r : stated) {
            seen.add(List.of(r.kind(), r.subject(), r.object()));
            out.add(r);
        }
        List<ResolvedRelation> inferred = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.Place) {
                within(e, byKey).forEach(a -> inferred.add(relation(RelationKind.WITHIN, e.key(), a)));
            }
        }
        region.filter(byKey::containsKey).ifPresent(r -> {
            TreeSet<String> named = new TreeSet<>();
            mentions.forEach(m -> named.add(m.entityKey()));
            named.stream().filter(k -> byKey.get(k) != null && byKey.get(k).type() == EntityType.Program)
                    .forEach(k -> inferred.add(relation(RelationKind.IMPLEMENTS, r, k)));
        });
        Map<String, String> programs = new HashMap<>();
        entities.stream().filter(e -> e.type() == EntityType.Program)
                .forEach(e -> programs.put(e.label(), e.key()));
        for (Entity e : entities) {
            if (e.type() == EntityType.DefinedTerm && programs.containsKey(e.label())) {
                inferred.add(relation(RelationKind.DEFINES_PROGRAM, e.key(), programs.get(e.label())));
            }
        }
        for (ResolvedRelation r : inferred) {
            if (seen.add(List.of(r.kind(), r.subject(), r.object()))) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Where projects are located by the places their names open with: for each project mention, the
     * linked place mentions that follow each other from the start of its name (the longest at each
     * offset); a place replaces the one before it when it lies within it (清城区石角镇 → 石角镇) and
     * joins it otherwise (星子龙坪风电场 → 星子镇 and 龙坪镇). Projects with a stated locatedIn are left.
     *
     * @param mentions the extraction's mentions, place mentions inside names included
     * @param links    mention index → entity key, for the linked mentions
     * @param entities the document's entities by key
     * @param stated   the extraction's relations
     * @return locatedIn relations between mention indices
     */
    static List<Relation> locatedIn(List<Mention> mentions, Map<Integer, String> links,
                                    Map<String, Entity> entities, List<Relation> stated) {
        Set<Integer> located = new HashSet<>();
        stated.stream().filter(r -> r.kind().equals(RelationKind.LOCATED_IN))
                .forEach(r -> located.add(r.subject()));
        // The longest linked place mention at each offset.
        Map<Integer, Integer> placeAt = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == EntityType.Place && links.containsKey(i)) {
                placeAt.merge(m.span().start(), i,
                        (a, b) -> mentions.get(b).span().end() > mentions.get(a).span().end() ? b : a);
            }
        }
        List<Relation> out = new ArrayList<>();
        for (int p = 0; p < mentions.size(); p++) {
            Mention project = mentions.get(p);
            if (project.type() != EntityType.Project || located.contains(p)) {
                continue;
            }
            List<Integer> places = new ArrayList<>();
            Integer next = placeAt.get(project.span().start());
            while (next != null && mentions.get(next).span().end() < project.span().end()) {
                int last = places.isEmpty() ? -1 : places.get(places.size() - 1);
                if (last >= 0 && ancestors(links.get(next), entities).contains(links.get(last))) {
                    places.set(places.size() - 1, next);
                } else {
                    places.add(next);
                }
                next = placeAt.get(mentions.get(next).span().end());
            }
            for (int place : places) {
                out.add(new Relation(RelationKind.LOCATED_IN, p, place, project.sentence(), new TreeMap<>()));
            }
        }
        return out;
    }

    private static Set<String> ancestors(String key, Map<String, Entity> entities) {
        Entity e = entities.get(key);
        return e == null ? Set.of() : within(e, entities);
    }

    /** The ancestors of {@code place} among the document's entities, nearest first. */
    private static Set<String> within(Entity place, Map<String, Entity> byKey) {
        Set<String> seen = new LinkedHashSet<>();
        String parent = place.properties().get(Attr.PARENT);
        while (parent != null && byKey.containsKey(parent) && !parent.equals(place.key())
                && seen.add(parent)) {
            parent = byKey.get(parent).properties().get(Attr.PARENT);
        }
        return seen;
    }

    private static ResolvedRelation relation(RelationKind kind, String subject, String object) {
        return new ResolvedRelation(kind, subject, object, -1, new TreeMap<>());
    }
}
