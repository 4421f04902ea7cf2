package org.govkg.gazetteer;

/**
 * The hash under which name forms are indexed: FNV-1a over the UTF-16 units, folded to 43 bits so that a
 * hash packed above a {@value DivisionIndex#IDX_BITS}-bit division index stays a positive {@code long}.
 * The hash of a longer span extends that of its prefix ({@link #step}), so all spans from one start are
 * hashed in one pass.
 */
final class NameHash {

    /** The state before the first character. */
    static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private NameHash() {
    }

    /** The hash of {@code s[start, end)}. */
    static long of(CharSequence s, int start, int end) {
        long h = OFFSET;
        for (int i = start; i < end; i++) {
            h = step(h, s.charAt(i));
        }
        return finish(h);
    }

    /** The state {@code h} extended by character {@code c}. */
    static long step(long h, char c) {
        return (h ^ c) * PRIME;
    }

    /** The hash of the span whose state is {@code h}. */
    static long finish(long h) {
        return (h ^ (h >>> 43)) & ((1L << (63 - DivisionIndex.IDX_BITS)) - 1);
    }
}
