package org.govkg.extract.project;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govkg.gazetteer.AdminSuffixes;
import org.govkg.nlp.Pos;
import org.govkg.nlp.Token;
import org.govkg.nlp.Tokens;
import org.govkg.text.Span;

/**
 * The place prefix of a project name: the run of HanLP place tokens ({@code ns}) the name opens with
 * (清远市清城区…). Each token in it that is an administrative division (three characters or more, ending
 * with a division suffix) is a place mention; where the project lies is inferred in resolution, from
 * these and the other place mentions its name opens with.
 */
public final class PlacePrefix {

    private static final Pattern DIVISION = Pattern.compile(
            ".+(" + AdminSuffixes.alternation(AdminSuffixes.get().regular()) + ")");

    private PlacePrefix() {
    }

    /** The division tokens {@code name} opens with, in order. */
    public static List<Token> divisions(List<Token> tokens, Span name) {
        List<Token> out = new ArrayList<>();
        int k = name.start();
        for (Token t : Tokens.overlapping(tokens, k, name.end())) {
            if (t.start() < k) {
                continue;
            }
            if (t.start() != k || !t.pos().is(Pos.PLACE) || t.end() >= name.end()) {
                break;
            }
            k = t.end();
            if (t.word().length() >= 3 && DIVISION.matcher(t.word()).matches()) {
                out.add(t);
            }
        }
        return out;
    }
}
