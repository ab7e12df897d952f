package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.reference.Subject;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index finds exactly what matching every name of the tables in turn finds, in the same order. */
class NameIndexTest {

    private static final List<Subject> SUBJECTS = List.of(
            new Subject("russia", "Russia", List.of("Russian Federation"), "subjects.csv", 2),
            new Subject("china", "China", List.of("PRC"), "subjects.csv", 3),
            new Subject("pair", "Russia and China", List.of(), "subjects.csv", 4),
            new Subject("trade", "Russia–China trade", List.of(), "subjects.csv", 5),
            new Subject("pos", "Power of Siberia", List.of("Power of Siberia pipeline"), "subjects.csv", 6),
            new Subject("pos2", "Power of Siberia 2", List.of(), "subjects.csv", 7),
            new Subject("the", "The The", List.of(), "subjects.csv", 8));

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Russia and China signed the treaty in 2001.",
        "Trade between China and Russia reached $147 billion.",
        "Russia–China trade grew by a third.",
        "The Power of Siberia 2 pipeline is planned; Power of Siberia opened in 2019.",
        "The The played in 1983, and the Russian Federation was founded in 1991.",
        "Nothing here names a subject of the tables.",
        ""})
    void findsWhatEveryNameInTurnFinds(String sentence) {
        NameIndex index = new NameIndex(SUBJECTS);
        List<Word> words = Words.of(sentence);

        List<NameIndex.Hit> expected = new ArrayList<>();
        for (Subject subject : SUBJECTS) {
            for (List<Word> name : index.of(subject)) {
                NameMatcher.find(name, words).forEach(m -> expected.add(new NameIndex.Hit(subject, m)));
            }
        }

        assertThat(index.find(words)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Trade between China and Russia reached $147 billion.", "The The played in 1983."})
    void findsNamesOutOfOrderAndNamesMadeOnlyOfSmallWords(String sentence) {
        assertThat(new NameIndex(SUBJECTS).find(Words.of(sentence))).isNotEmpty();
    }
}
