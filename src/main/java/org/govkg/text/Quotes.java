package org.govkg.text;

/**
 * The quotation and title marks of Chinese text, in the few sets the stages use. Each set is a string
 * of characters, for {@code indexOf} tests or, through {@link #charClass}, for regular expressions.
 */
public final class Quotes {

    /** Double quotation marks, curly and straight: “ ” ". */
    public static final String DOUBLE = "“”\"";
    /** Quotation marks: curly double and single, corner brackets, straight double and single. */
    public static final String QUOTATION = "“”‘’「」『』\"'";
    /** Title marks (《》, 〈〉) and lenticular brackets (【】). */
    public static final String TITLE = "《》〈〉【】";
    /** Every mark a name may stand between: {@link #QUOTATION} and {@link #TITLE}. */
    public static final String ENCLOSING = QUOTATION + TITLE;
    /**
     * The marks extraction removes from a mention's surface to give its name: curly and straight
     * double quotes, curly single quotes, corner brackets 「」 and book-title marks 《》.
     */
    public static final String IN_SURFACE = "“”\"‘’「」《》";

    private Quotes() {
    }

    /** The characters of {@code marks} as the inside of a regular-expression character class. */
    public static String charClass(String marks) {
        StringBuilder sb = new StringBuilder();
        marks.chars().forEach(c -> {
            if ("\\[]^-&".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append((char) c);
        });
        return sb.toString();
    }
}
