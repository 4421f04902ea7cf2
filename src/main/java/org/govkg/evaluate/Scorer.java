package org.govkg.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govkg.export.EntityRow;
import org.govkg.extract.EntityType;
import org.govkg.text.Names;

/**
 * Scores system entities against gold files exactly as GUIDELINES.md defines: per document and
 * type, a system entity matches a gold entity when any of their names are equal after
 * normalisation; micro averages over all documents.
 */
public final class Scorer {

    /** The entity types, in report order. */
    public static final List<String> TYPES =
            Arrays.stream(EntityType.values()).map(EntityType::label).toList();

    private Scorer() {
    }

    /** Counts for one type. */
    public record Counts(int goldRequired, int recalled, int systemMatched, int falsePositives) {
        public double precision() {
            int d = systemMatched + falsePositives;
            return d == 0 ? 0 : (double) systemMatched / d;
        }

        public double recall() {
            return goldRequired == 0 ? 0 : (double) recalled / goldRequired;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(goldRequired + o.goldRequired, recalled + o.recalled,
                    systemMatched + o.systemMatched, falsePositives + o.falsePositives);
        }
    }

    /** A miss or false positive, for {@code --errors}. */
    public record Error(String doc, String type, String kind, String label, String detail) {
    }

    /** The result over all documents. */
    /**
     * @param definitionsChecked required gold entities with a definition (an unmatched one counts as unequal)
     * @param definitionsEqual   those whose system definition equals the gold one, whitespace removed
     */
    public record Result(Map<String, Counts> byType, int codesChecked, int codesCorrect,
                         int definitionsChecked, int definitionsEqual, List<Error> errors) {
        public double codeAccuracy() {
            return codesChecked == 0 ? 0 : (double) codesCorrect / codesChecked;
        }

        public double definitionAgreement() {
            return definitionsChecked == 0 ? 0 : (double) definitionsEqual / definitionsChecked;
        }
    }

    /**
     * @param gold   the gold files; documents without a gold file are not scored
     * @param system the entities table rows
     */
    public static Result score(List<GoldFile> gold, List<EntityRow> system) {
        Map<String, Counts> byType = new LinkedHashMap<>();
        TYPES.forEach(t -> byType.put(t, new Counts(0, 0, 0, 0)));
        List<Error> errors = new ArrayList<>();
        int codesChecked = 0;
        int codesCorrect = 0;
        int definitionsChecked = 0;
        int definitionsEqual = 0;
        for (GoldFile g : gold) {
            for (String type : TYPES) {
                List<GoldEntity> golds = g.entities().stream().filter(e -> e.type().equals(type)).toList();
                List<EntityRow> sys = system.stream()
                        .filter(r -> sameDocument(r.doc(), g.doc()) && r.type().equals(type)).toList();
                List<Set<String>> goldNames = golds.stream().map(e -> names(e.label(), e.aliases())).toList();
                boolean[] recalled = new boolean[golds.size()];
                boolean[] defined = new boolean[golds.size()];
                int matched = 0;
                int fp = 0;
                for (EntityRow row : sys) {
                    Set<String> names = names(row.label(), row.aliases());
                    boolean anyMatch = false;
                    boolean requiredMatch = false;
                    String codeWanted = null;
                    boolean codeOk = false;
                    for (int i = 0; i < golds.size(); i++) {
                        if (intersects(names, goldNames.get(i))) {
                            anyMatch = true;
                            GoldEntity ge = golds.get(i);
                            if (ge.required()) {
                                requiredMatch = true;
                                recalled[i] = true;
                                defined[i] |= sameText(ge.definition(), row.definition());
                                if (!ge.code().isEmpty()) {
                                    codeWanted = ge.code();
                                    codeOk |= ge.code().equals(row.code());
                                }
                            }
                        }
                    }
                    if (requiredMatch) {
                        matched++;
                        if (type.equals("Place") && codeWanted != null) {
                            codesChecked++;
                            if (codeOk) {
                                codesCorrect++;
                            } else {
                                errors.add(new Error(g.doc(), type, "code", row.label(),
                                        "has '" + row.code() + "', gold " + codeWanted));
                            }
                        }
                    } else if (!anyMatch) {
                        fp++;
                        errors.add(new Error(g.doc(), type, "false-positive", row.label(),
                                String.join("|", row.aliases())));
                    }
                }
                int required = 0;
                int hit = 0;
                for (int i = 0; i < golds.size(); i++) {
                    if (golds.get(i).required() && !golds.get(i).definition().isBlank()) {
                        definitionsChecked++;
                        if (defined[i]) {
                            definitionsEqual++;
                        } else {
                            errors.add(new Error(g.doc(), type, "definition", golds.get(i).label(),
                                    "gold '" + golds.get(i).definition() + "'"));
                        }
                    }
                    if (golds.get(i).required()) {
                        required++;
                        if (recalled[i]) {
                            hit++;
                        } else {
                            errors.add(new Error(g.doc(), type, "miss", golds.get(i).label(),
                                    String.join("|", golds.get(i).aliases())));
                        }
                    }
                }
                byType.merge(type, new Counts(required, hit, matched, fp), Counts::plus);
            }
        }
        return new Result(byType, codesChecked, codesCorrect, definitionsChecked, definitionsEqual, errors);
    }

    /** Equal after whitespace normalisation, as GUIDELINES.md compares definitions. */
    static boolean sameText(String gold, String system) {
        return gold.replaceAll("\\s", "").equals(system.replaceAll("\\s", ""));
    }

    private static Set<String> names(String label, List<String> aliases) {
        Set<String> names = new HashSet<>();
        names.add(Names.normalise(label));
        aliases.forEach(a -> names.add(Names.normalise(a)));
        names.remove("");
        return names;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a table row's document is the gold file's: gold files name a report by its file name, a
     * build by its path below the input ({@code 2023/report.txt}).
     */
    static boolean sameDocument(String rowDoc, String goldDoc) {
        return rowDoc.equals(goldDoc) || rowDoc.endsWith("/" + goldDoc);
    }
}
