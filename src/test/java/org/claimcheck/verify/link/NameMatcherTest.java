package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.words.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {

    private static boolean found(String name, String text) {
        return !NameMatcher.find(Words.of(name), Words.of(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Russia and China                | Trade between Russia and China grew.
            Russia and China                | China and Russia signed it.
            Russia–China                    | China-Russia trade grew.
            Russia–China                    | Russia-China trade grew.
            Russia–China                    | RUSSIA — CHINA relations
            Russia–China                    | The Sino-Russian partnership deepened.
            Power of Siberia                | the power-of-Siberia pipeline
            Treaty of Good-Neighbourliness  | the Treaty of Good Neighborliness
            Shanghai Cooperation Organisation | the Shanghai Co-operation Organization said
            Russia                          | Russia's exports rose.
            São Paulo                       | offices in Sao Paulo
            Power of Siberia 2              | Power of Siberia 2 will carry gas.
            Power of Siberia                | Power of Siberia 2019 figures
            Treaty of Good-Neighbourliness  | the Treaty of Good-Neighbourliness 20 years on
            """)
    void matchesNamesRegardlessOfCaseDashesSpellingAndWordOrder(String name, String text) {
        assertThat(found(name, text)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" not in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Russia and China  | Russia, India and China met.
            Russia and China  | Russia signed with Kazakhstan, and China abstained.
            Power of Siberia  | power in Siberia
            Russia            | Prussia
            China             | Indochina
            Power of Siberia  | Power of Siberia 2 will carry gas.
            Nord Stream       | the Nord Stream II pipeline
            Nord Stream       | Nord Stream-2 was finished.
            """)
    void doesNotMatchWordsThatOnlyLookAlike(String name, String text) {
        assertThat(found(name, text)).isFalse();
    }
}
