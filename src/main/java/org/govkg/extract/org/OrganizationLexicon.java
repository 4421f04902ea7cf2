package org.govkg.extract.org;

import java.util.Optional;

/**
 * Former home of the organisation word lists, now {@link org.govkg.lexicon.OrganizationLexicon}. Kept
 * only for {@code org.govkg.resolve.OrganizationResolver}, which is converted separately; delete with
 * that import.
 *
 * @deprecated use {@link org.govkg.lexicon.OrganizationLexicon}
 */
@Deprecated
public final class OrganizationLexicon {

    private static final OrganizationLexicon INSTANCE = new OrganizationLexicon();

    private OrganizationLexicon() {
    }

    public static OrganizationLexicon get() {
        return INSTANCE;
    }

    /** The full name of a known short form, when the lexicon has one. */
    public Optional<String> fullName(String name) {
        return org.govkg.lexicon.OrganizationLexicon.get().fullName(name);
    }
}
