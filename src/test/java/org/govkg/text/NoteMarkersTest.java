package org.govkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class NoteMarkersTest {

    @Test
    void numbersOfBracketedAndNumberedCharacterMarkers() {
        assertEquals("12", NoteMarkers.number("〔12〕"));
        assertEquals("3", NoteMarkers.number("［3］"));
        assertEquals("5", NoteMarkers.number("⑤"));
        assertEquals("2", NoteMarkers.number("⑵"));
        assertEquals("", NoteMarkers.number("注"));
    }

    @Test
    void bodyMarkersAfterTermsButNotParenthesisedNumbers() {
        String text = "“六稳”⑴要求，“三高四新”^[1]战略，“双减”［2］，完成(3)项";
        Matcher m = NoteMarkers.body().matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group() + "@" + m.start());
        }
        assertEquals(List.of("⑴@4", "^[1]@14", "［2］@25"), found);
    }

    @Test
    void lineStartMarkersAddParenthesesAndNumbering() {
        assertFalse(NoteMarkers.body().matcher("(1)").matches());
        for (String marker : List.of("(1)", "（2）", "1.", "2、", "〔3〕", "⑷")) {
            assertEquals(true, NoteMarkers.lineStart().matcher(marker).matches(), marker);
        }
    }
}
