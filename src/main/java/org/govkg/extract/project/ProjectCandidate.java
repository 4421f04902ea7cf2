package org.govkg.extract.project;

/**
 * A project name found in a clause, before the checks of {@link CandidateFilter}.
 *
 * @param start  offset of the name in the document text
 * @param end    end offset of the name
 * @param listed whether it came from a counted list (A、B等3个项目), whose group amount it shares
 * @param group  whether it is one item of a list or run of names
 * @param strict whether it needs a proper name to count (a list whose tail is no strong tail)
 */
public record ProjectCandidate(int start, int end, boolean listed, boolean group, boolean strict) {

    public ProjectCandidate {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad candidate [" + start + ", " + end + ")");
        }
    }

    /** A candidate that needs no proper name. */
    public ProjectCandidate(int start, int end, boolean listed, boolean group) {
        this(start, end, listed, group, false);
    }
}
