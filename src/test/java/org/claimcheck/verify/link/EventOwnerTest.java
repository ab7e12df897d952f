package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.extract.Claim;
import org.claimcheck.verify.TestArticle;
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
            The treaty, which Jiang Zemin and Vladimir Putin signed in 2001, lasted.   | signed      | -
            It was formally founded in 2001.                                          | founded     | -
            Russia annexed Crimea in March 2014.                                      | annexed     | Crimea
            In 2018, the SCO's anti-terror body has established relations with the AU. | established | relations
            The two sides had signed the accord by 2001.                              | signed      | accord
            """)
    void readsTheOwnerOfAnEventVerb(String sentence, String verb, String owner) {
        int start = sentence.indexOf(verb);
        assertThat(EventOwner.ownerOf(claimIn(sentence), start, start + verb.length())).isEqualTo(owner);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            In 2008 leaders pledged funds for establishing the global financial system. | In/IN 2008/CD leaders/NNS pledged/VBD funds/NNS for/IN establishing/VBG the/DT global/JJ financial/JJ system/NN ./. | establishing | global financial system
            In 2014, after establishing the bank, the members met.                      | In/IN 2014/CD ,/, after/IN establishing/VBG the/DT bank/NN ,/, the/DT members/NNS met/VBD ./.                     | establishing | bank
            The signing date was 16 July 2001.                                         | The/DT signing/NN date/NN was/VBD 16/CD July/NNP 2001/CD ./.                                                      | signing      | -
            The founding of the SCO was in 2001.                                       | The/DT founding/NN of/IN the/DT SCO/NNP was/VBD in/IN 2001/CD ./.                                               | founding     | -
            """)
    void readsTheObjectOfAParticipleTheTaggerReadAsAVerb(String sentence, String tagged, String verb, String owner) {
        int start = sentence.indexOf(verb);
        Claim claim = TestArticle.published("2022-03-04", sentence).claim(firstFigure(sentence))
                .tagged(tagged).build();
        assertThat(EventOwner.ownerOf(claim, start, start + verb.length())).isEqualTo(owner);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            In 2024, ministers condemned Israel's attacks in Gaza.     | attacks  | Israel
            China’s exports to Russia rose to $76 billion in 2022.     | exports  | China
            The Power of Siberia's capacity is 38 bcm.                 | capacity | Power of Siberia
            It expounded on the organisation's purposes in 2002.       | purposes | -
            Its trade grew in 2021.                                    | trade    | -
            The EU and Russia's talks ended in 2014.                   | talks    | EU and Russia
            """)
    void readsTheProperNameAPhraseIsPossessedBy(String sentence, String phrase, String possessor) {
        assertThat(EventOwner.possessorOf(claimIn(sentence), sentence.indexOf(phrase))).isEqualTo(possessor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The treaty was not signed until 2001.  | The/DT treaty/NN was/VBD not/RB signed/VBN until/IN 2001/CD ./.            | signed | -
            The Treaty was formally signed in 2001. | The/DT Treaty/NNP was/VBD formally/RB signed/VBN in/IN 2001/CD ./.      | signed | Treaty
            China's Treaty was signed in 2001.     | China/NNP 's/POS Treaty/NNP was/VBD signed/VBN in/IN 2001/CD ./.        | signed | China's Treaty
            The European Central Bank (ECB) was established in 1998. | The/DT European/NNP Central/NNP Bank/NNP (/-LRB- ECB/NNP )/-RRB- was/VBD established/VBN in/IN 1998/CD ./. | established | European Central Bank (ECB)
            """)
    void readsTheNameBeforeAPassiveVerbFromTheTaggersWords(String sentence, String tagged, String verb, String owner) {
        int start = sentence.indexOf(verb);
        Claim claim = TestArticle.published("2022-03-04", sentence).claim(firstFigure(sentence))
                .tagged(tagged).build();
        assertThat(EventOwner.ownerOf(claim, start, start + verb.length())).isEqualTo(owner);
    }

    @ParameterizedTest(name = "{0} (origin event: {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The WHO began the eradication campaign in 1958. | The/DT WHO/NNP began/VBD the/DT eradication/NN campaign/NN in/IN 1958/CD ./. | began  | true  | eradication campaign
            The WHO began the eradication campaign in 1958. | The/DT WHO/NNP began/VBD the/DT eradication/NN campaign/NN in/IN 1958/CD ./. | began  | false | -
            The WHO began in 1948.                          | The/DT WHO/NNP began/VBD in/IN 1948/CD ./.                                     | began  | true  | -
            Disney bought Pixar in 2006.                    | Disney/NNP bought/VBD Pixar/NNP in/IN 2006/CD ./.                              | bought | false | -
            """)
    void readsTheObjectOfAnIrregularPastTenseOnlyForAnEventThatBeginsIt(String sentence, String tagged, String verb,
            boolean origin, String owner) {
        int start = sentence.indexOf(verb);
        Claim claim = TestArticle.published("2022-03-04", sentence).claim(firstFigure(sentence))
                .tagged(tagged).build();
        assertThat(EventOwner.ownerOf(claim, start, start + verb.length(), origin)).isEqualTo(owner);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Jaws opened June 20, 1975, on 400-plus screens.                 | June 20, 1975 | opened    | -
            Arizona was a battleship launched June 9, 1915.                 | June 9, 1915  | launched  | -
            The bank was founded in 1889 and seized September 25, 2008.     | September 25, 2008 | seized | -
            Jaws opened the summer season on June 20, 1975.                 | June 20, 1975 | opened    | summer season
            """)
    void neverReadsTheClaimsOwnValueAsTheVerbsObject(String sentence, String value, String verb, String owner) {
        int start = sentence.indexOf(verb);
        Claim claim = TestArticle.published("2022-03-04", sentence).claim(value).build();
        assertThat(EventOwner.ownerOf(claim, start, start + verb.length())).isEqualTo(owner);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The WHO declared COVID-19 a global pandemic in 2020.  | The/DT WHO/NNP declared/VBD COVID-19/NNP a/DT global/JJ pandemic/NN in/IN 2020/CD ./.  | declared | COVID-19
            They named the city the capital in 1991.              | They/PRP named/VBD the/DT city/NN the/DT capital/NN in/IN 1991/CD ./.              | named    | city
            Russia signed the Charter of the SCO in 2002.         | Russia/NNP signed/VBD the/DT Charter/NNP of/IN the/DT SCO/NNP in/IN 2002/CD ./. | signed   | Charter of the SCO
            """)
    void endsTheObjectWhereItsComplementBegins(String sentence, String tagged, String verb, String owner) {
        int start = sentence.indexOf(verb);
        Claim claim = TestArticle.published("2022-03-04", sentence).claim(firstFigure(sentence)).tagged(tagged).build();
        assertThat(EventOwner.ownerOf(claim, start, start + verb.length())).isEqualTo(owner);
    }

    private static Claim claimIn(String sentence) {
        return TestArticle.published("2022-03-04", sentence).claim(firstFigure(sentence))
                .build();
    }

    /** The sentence's first figure, as the claim the words belong to. */
    private static String firstFigure(String sentence) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[\\d,]*").matcher(sentence);
        return m.find() ? m.group() : sentence;
    }
}
