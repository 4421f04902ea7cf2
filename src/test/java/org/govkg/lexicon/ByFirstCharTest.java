package org.govkg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ByFirstCharTest {

    @Test
    void wordsAreGroupedByTheirFirstCharacterInListOrder() {
        Map<Character, List<String>> index = ByFirstChar.index(List.of("产业园区", "工程", "产业园", "", "工"),
                w -> w);
        assertEquals(Map.of('产', List.of("产业园区", "产业园"), '工', List.of("工程", "工")), index);
    }
}
