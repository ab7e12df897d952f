package org.claimcheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "The pipeline began operations in 2019.",
        "Trade reached a record $147bn.",
        "Prices rose by nearly 30%.",
        "The yuan figure was 1.2 trillion 元.",
        "Growth was ½ of what was forecast.",
        "Output reached ٣ million barrels.",
        "Phase II of the project is delayed.",
        "Some forty delegations attended.",
        "Twenty-five companies signed up.",
        "Hundreds of trucks waited at the border.",
        "The deal was worth a billion roubles.",
        "The treaty was signed in July.",
        "Talks resumed on Sept. the fifth.",
        "The summit opened on Monday.",
        "Deliveries slowed over the winter.",
        "Shops close at Christmas.",
        "Trade grew last year.",
        "Talks resume next spring.",
        "The minister arrived last night.",
        "The plant closed three decades ago.",
        "The bank reported its figures yesterday.",
        "Exports fell in the third quarter.",
        "The union imports about a fifth of its gas from Russia.",
        "Investment boomed in the nineties.",
        "FISCAL RESULTS ARE DUE IN MARCH",
    })
    void keepsSentencesThatMayHoldADateOrANumber(String sentence) {
        assertThat(SentenceFilter.mayHoldValue(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Diplomats describe the relationship as pragmatic rather than sentimental.",
        "The ministry did not respond to a request for comment.",
        "Relations are now better than ever, officials currently say.",
        "Someone often said the talks went well.",
        "I think the partnership is fragile.",
        "The pipeline recently reached the border and will soon be extended.",
        "The next round of talks will decide it, as the last round did.",
        "The depot sits next to the border, the previous owners said.",
        "",
    })
    void skipsSentencesWithoutAnyDateOrNumber(String sentence) {
        assertThat(SentenceFilter.mayHoldValue(sentence)).isFalse();
    }
}
