package org.govkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP segmentation with place and organisation recognition, wrapped into our {@link Token}s.
 * <p>Not thread-safe: each worker thread owns one analyzer (see {@link #forThisThread()}).
 * Text is segmented per sentence: HanLP's recognisers slow down sharply on long strings.
 * HanLP's global configuration is never changed.
 */
public final class HanlpAnalyzer {

    private static final ThreadLocal<HanlpAnalyzer> PER_THREAD = ThreadLocal.withInitial(HanlpAnalyzer::new);

    private final Segment segment;

    public HanlpAnalyzer() {
        this.segment = HanLP.newSegment()
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
    }

    /**
     * Loads the dictionaries and models HanLP shares between its segmenters (it loads them on first use),
     * so that a caller can have that done on another thread meanwhile.
     */
    public static void loadModels() {
        new HanlpAnalyzer().segment("加快建设现代化产业体系", 0);
    }

    /** The analyzer owned by the calling thread. */
    public static HanlpAnalyzer forThisThread() {
        return PER_THREAD.get();
    }

    /**
     * Segments {@code text} (one sentence or line).
     *
     * @param offset where {@code text} starts in the document; added to every token's offsets
     */
    public List<Token> segment(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        if (text.isEmpty()) {
            return tokens;
        }
        int pos = 0;
        for (Term term : segment.seg(text)) {
            // HanLP's offsets are unreliable after its own normalisation; re-anchor on the text.
            int at = text.indexOf(term.word, pos);
            if (at < 0) {
                at = pos;
            }
            int end = Math.min(text.length(), at + term.word.length());
            String word = text.substring(at, end);
            if (!word.isEmpty()) {
                Pos tag = term.nature == null ? Pos.UNKNOWN : new Pos(term.nature.toString());
                tokens.add(new Token(word, tag, offset + at, offset + end));
            }
            pos = end;
        }
        return tokens;
    }
}
