package org.govkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aNameInUtf8IsItsOwnId() {
        assertEquals("报告 2024.txt", FileNames.id(Path.of("in/报告 2024.txt")));
    }

    @Test
    void undecodableBytesOfANameStayByteExact() {
        // GBK 清远 and 清远's neighbour: both read back as U+FFFD runs of the same length
        assertEquals("gbk%C7%E5%D4%B6.txt", FileNames.exact("gbk%C7%E5%D4%B6.txt"));
        assertNotEquals(FileNames.exact("%C7%E5%D4%B6.txt"), FileNames.exact("%C7%E5%D4%B7.txt"));
        assertEquals("报告.txt", FileNames.exact("%E6%8A%A5%E5%91%8A.txt"));
        // a % of the name itself stays escaped, so it cannot pass for a byte
        assertEquals("a%25C7.txt", FileNames.exact("a%25C7.txt"));
    }

    @Test
    void printableNamesAreOneLine() {
        assertEquals("new\\nline.txt", FileNames.printable("new\nline.txt"));
        assertEquals("a\\tb\\u202Ec", FileNames.printable("a\tb\u202Ec"));
        assertEquals("in/报告.txt", FileNames.printable(Path.of("in/报告.txt")));
    }
}
