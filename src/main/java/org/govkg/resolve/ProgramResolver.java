package org.govkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Links Program mentions to one entity per program. The names of a mention are its proposed
 * name and the names its surface spells ({@link SurfaceNames}: “粤菜师傅”工程 → 粤菜师傅工程 and
 * 粤菜师傅); the curated table ({@link ProgramAliases}) maps known names to their canonical name.
 * Mentions of a document that share a name are one program. The label is the table's canonical
 * name, else the name of the glossary entry that defines it, else the longest name; the key is
 * {@code program/<label>}, so the same program gets the same key in every document the table or
 * the wording agrees on.
 * <p>Requires: Program mentions. Produces: links for every Program mention; entity properties
 * {@link Attr#ISSUING_LEVEL}, {@link Attr#DEFINITION}, {@link Attr#EXPANSION} from the first
 * mention stating each. Thread-safe.
 */
public final class ProgramResolver implements TypeResolver {

    private final ProgramAliases table;

    public ProgramResolver() {
        this(ProgramAliases.get());
    }

    ProgramResolver(ProgramAliases table) {
        this.table = table;
    }

    @Override
    public EntityType type() {
        return EntityType.Program;
    }

    @Override
    public void resolve(AnalyzedDocument doc, Extraction extraction, ResolutionContext context) {
        List<Mention> mentions = extraction.mentions();
        List<Integer> indices = new ArrayList<>();
        List<Set<String>> names = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == EntityType.Program) {
                indices.add(i);
                names.add(namesOf(m));
            }
        }
        int[] parent = new int[indices.size()];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        Map<String, Integer> owner = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            for (String n : names.get(k)) {
                Integer other = owner.putIfAbsent(n, k);
                if (other != null) {
                    parent[find(parent, k)] = find(parent, other);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int k = 0; k < parent.length; k++) {
            groups.computeIfAbsent(find(parent, k), x -> new ArrayList<>()).add(k);
        }
        for (List<Integer> group : groups.values()) {
            Entity entity = entity(group, indices, names, mentions);
            for (int k : group) {
                context.link(indices.get(k), entity);
            }
        }
    }

    private Entity entity(List<Integer> group, List<Integer> indices, List<Set<String>> names,
                          List<Mention> mentions) {
        TreeSet<String> all = new TreeSet<>();
        String label = null;
        String defined = null;
        TreeMap<Attr, String> properties = new TreeMap<>();
        // The glossary's word on a program (definition, expansion) goes before the body's.
        List<Integer> ordered = new ArrayList<>(group);
        ordered.sort((a, b) -> Boolean.compare(!defines(mentions.get(indices.get(a))),
                !defines(mentions.get(indices.get(b)))));
        for (int k : ordered) {
            Mention m = mentions.get(indices.get(k));
            for (String n : names.get(k)) {
                all.add(n);
                if (label == null) {
                    label = table.canonical(n).orElse(null);
                }
            }
            if (defined == null && m.attributes().containsKey(Attr.DEFINITION)) {
                defined = Names.normalise(m.name());
            }
            for (Attr key : List.of(Attr.ISSUING_LEVEL, Attr.DEFINITION, Attr.EXPANSION)) {
                String v = m.attributes().get(key);
                if (v != null) {
                    properties.putIfAbsent(key, v);
                }
            }
        }
        if (label == null) {
            label = defined;
        }
        if (label == null) {
            label = all.stream().max((a, b) -> a.length() != b.length()
                    ? Integer.compare(a.length(), b.length()) : b.compareTo(a)).orElseThrow();
        }
        all.addAll(table.aliasesOf(label));
        all.remove(label);
        return new Entity(IriScheme.nameKey(EntityType.Program, label), EntityType.Program, label, all,
                properties);
    }

    private static boolean defines(Mention m) {
        return m.attributes().containsKey(Attr.DEFINITION);
    }

    /** The names a mention proposes, normalised, its own name first. */
    private Set<String> namesOf(Mention m) {
        Set<String> names = new LinkedHashSet<>();
        names.add(Names.normalise(SurfaceNames.bare(m.name())));
        for (String n : SurfaceNames.of(m.surface())) {
            names.add(Names.normalise(n));
        }
        names.removeIf(String::isEmpty);
        Set<String> withCanonical = new LinkedHashSet<>(names);
        for (String n : names) {
            table.canonical(n).ifPresent(withCanonical::add);
        }
        return withCanonical;
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }
}
