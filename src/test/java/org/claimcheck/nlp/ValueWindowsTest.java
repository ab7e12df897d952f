package org.claimcheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences are written as CoreNLP tokenizes them: one space between tokens. */
class ValueWindowsTest {

    @Test
    void keepsFourTokensEitherSideOfEachValueToken() {
        List<String> words = words("Diplomats in the capital said that the pipeline began operations in 2019 after "
                + "years of talks with the neighbouring states .");
        assertThat(ValueWindows.of(words)).extracting(w -> words.subList(w[0], w[1]))
                .containsExactly(words("pipeline began operations in 2019 after years of talks with the"));
    }

    @Test
    void mergesStretchesThatTouchSoAnExpressionIsNeverCut() {
        List<String> words = words("The first half of 2022 saw trade rise 30 % on the period a year before .");
        assertThat(ValueWindows.of(words)).hasSize(1);
        assertThat(ValueWindows.of(words).get(0)).containsExactly(0, words.size());
    }

    @Test
    void keepsStretchesApartWhenWordsWithoutValuesLieBetween() {
        List<String> words = words("In 2019 the two neighbouring governments , after long and difficult talks that "
                + "dragged on , signed a deal worth $ 400 billion .");
        assertThat(ValueWindows.of(words)).extracting(w -> words.subList(w[0], w[1])).containsExactly(
                words("In 2019 the two neighbouring governments , after"),
                words("signed a deal worth $ 400 billion ."));
    }

    @Test
    void givesNoStretchToASentenceWithoutAValueToken() {
        assertThat(ValueWindows.of(words("Diplomats describe the relationship as pragmatic ."))).isEmpty();
    }

    private static List<String> words(String sentence) {
        return List.of(sentence.split(" "));
    }
}
