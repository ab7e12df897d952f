package org.claimcheck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> IDS = List.of("power-of-siberia", "russia-china-trade", "signed");

    @Test
    void countsASwapOfNeighbouringLettersAsOneEdit() {
        assertThat(Suggestions.distance("siberai", "siberia")).isEqualTo(1);
        assertThat(Suggestions.distance("sign", "signed")).isEqualTo(2);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void suggestsTheClosestIdWhenItLooksLikeATypo() {
        assertThat(Suggestions.closest("power-of-siberai", IDS)).contains("power-of-siberia");
        assertThat(Suggestions.closest("sign", IDS)).contains("signed");
        assertThat(Suggestions.closest("russia-chna-trade", IDS)).contains("russia-china-trade");
    }

    @Test
    void suggestsNothingForAnUnrelatedId() {
        assertThat(Suggestions.closest("treaty-of-versailles", IDS)).isEmpty();
        assertThat(Suggestions.closest("x", List.of())).isEmpty();
    }
}
