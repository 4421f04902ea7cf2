package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void hanCharactersTakeTwoColumns() {
        assertEquals(0, TextTable.width(""));
        assertEquals(3, TextTable.width("abc"));
        assertEquals(10, TextTable.width("百千万工程"));
        assertEquals(6, TextTable.width("G323线"));
        assertEquals(4, TextTable.width("（一）".substring(0, 2)));
        assertEquals(1, TextTable.width("e\u0301"));
    }

    @Test
    void columnsLineUpByDisplayWidth() {
        TextTable t = new TextTable(List.of("label", "n"));
        t.add(List.of("百千万工程", "1"));
        t.add(List.of("G323线", "22"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        t.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(String.join("\n",
                "-------------------",
                "| label      | n  |",
                "===================",
                "| 百千万工程 | 1  |",
                "| G323线     | 22 |",
                "-------------------", ""), bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }
}
