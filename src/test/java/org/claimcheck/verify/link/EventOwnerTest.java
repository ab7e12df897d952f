package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose event a past-tense verb names, and whose possession a phrase is, read from the words around it. */
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
            In 2018, the SCO's anti-terror body has established relations with the AU. | established | relations
            The two sides had signed the accord by 2001.                              | signed      | accord
            """)
    void readsTheOwnerOfAnEventVerb(String sentence, String verb, String owner) {
        int start = sentence.indexOf(verb);
        assertThat(EventOwner.ownerOf(sentence, start, start + verb.length())).isEqualTo(owner);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            In 2008 leaders pledged funds for establishing the global financial system.  | establishing | true  | global financial system
            In 2014, after establishing the bank, the members met.                       | establishing | true  | bank
            The signing date was 16 July 2001.                                          | signing      | false | -
            The founding of the SCO was in 2001.                                        | founding     | false | -
            """)
    void readsTheObjectOfAParticipleTheTaggerReadAsAVerb(String sentence, String verb, boolean participle,
            String owner) {
        int start = sentence.indexOf(verb);
        assertThat(EventOwner.ownerOf(sentence, start, start + verb.length(), participle)).isEqualTo(owner);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            In 2024, ministers condemned Israel's attacks in Gaza.     | attacks  | Israel
            China’s exports to Russia rose to $76 billion in 2022.     | exports  | China
            The Power of Siberia's capacity is 38 bcm.                 | capacity | Power of Siberia
            It expounded on the organisation's purposes in 2002.       | purposes | -
            Its trade grew in 2021.                                    | trade    | -
            """)
    void readsTheProperNameAPhraseIsPossessedBy(String sentence, String phrase, String possessor) {
        assertThat(EventOwner.possessorOf(sentence, sentence.indexOf(phrase))).isEqualTo(possessor);
    }
}
