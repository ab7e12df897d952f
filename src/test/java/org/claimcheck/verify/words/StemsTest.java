package org.claimcheck.verify.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemsTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(textBlock = """
            signed, signing
            signed, signs
            signed, sign
            launched, launches
            launched, launching
            began, begins
            began, beginning
            begun, began
            operations, operating
            commissioned, commissioning
            concluded, concludes
            ratified, ratifies
            shipped, ships
            rose, rising
            met, meeting
            became, become
            sent, send
            contribution, contribute
            """)
    void givesInflectionsOfOneWordTheSameStem(String a, String b) {
        assertThat(Stems.of(a)).isEqualTo(Stems.of(b));
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(textBlock = """
            signed, single
            trade, treaty
            launched, lunch
            founded, found
            formation, formed
            """)
    void keepsDifferentWordsApart(String a, String b) {
        assertThat(Stems.of(a)).isNotEqualTo(Stems.of(b));
    }
}
