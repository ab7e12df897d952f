package org.claimcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose event a past-tense verb names, read from the words around it. */
class EventOwnerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            In 2004, the SCO established relations with the United Nations.            | established | relations
            The Shanghai Five, formed in 1996, included five states.                  | formed      | Shanghai Five
            On 17 June 2004, the Regional Anti-Terrorist Structure was established.    | established | Regional Anti-Terrorist Structure
            Russia and China signed the Treaty of Good-Neighborliness in 2001.         | signed      | Treaty of Good-Neighborliness
            The treaty, which Jiang Zemin and Vladimir Putin signed in Moscow, lasted. | signed      | -
            It was formally founded in 2001.                                          | founded     | -
            Russia annexed Crimea in March 2014.                                      | annexed     | Crimea
            """)
    void readsTheOwnerOfAnEventVerb(String sentence, String verb, String owner) {
        int start = sentence.indexOf(verb);
        assertThat(EventOwner.ownerOf(sentence, start, start + verb.length())).isEqualTo(owner);
    }
}
