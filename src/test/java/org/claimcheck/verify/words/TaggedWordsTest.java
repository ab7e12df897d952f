package org.claimcheck.verify.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.TestArticle;
import org.junit.jupiter.api.Test;

/** The words rules read: the tagger's, or for a claim built without them, the same split with lemmas. */
class TaggedWordsTest {

    private static final String SENTENCE = "Israel's exports, worth $5 billion, rose in 2021.";

    @Test
    void splitsAnUntaggedSentenceAsTheTaggerWouldPossessivesAndMarksIncluded() {
        Claim claim = TestArticle.published("2022-03-04", SENTENCE).claim("2021").build();

        assertThat(surfaces(claim, TaggedWords.orLemmatized(claim)))
                .containsExactly("Israel", "'s", "exports", ",", "worth", "$", "5", "billion", ",", "rose", "in",
                        "2021", ".");
        assertThat(TaggedWords.orLemmatized(claim)).extracting(ClaimWord::lemma).contains("israel", "export");
    }

    @Test
    void keepsTheTaggersWordsWhenTheClaimHasThem() {
        Claim claim = TestArticle.published("2022-03-04", SENTENCE).claim("2021")
                .tagged("Israel/NNP 's/POS exports/NNS ,/, worth/JJ $/$ 5/CD billion/CD ,/, rose/VBD in/IN 2021/CD ./.")
                .build();

        assertThat(TaggedWords.orLemmatized(claim)).isSameAs(claim.words());
        assertThat(TaggedWords.orLemmatized(claim).get(9).tag()).isEqualTo("VBD");
    }

    @Test
    void givesTheWordsWhollyWithinASpan() {
        Claim claim = TestArticle.published("2022-03-04", SENTENCE).claim("2021").build();
        int from = SENTENCE.indexOf("xports");
        int to = SENTENCE.indexOf("billion") + 3;

        assertThat(surfaces(claim, TaggedWords.within(claim, from, to))).containsExactly(",", "worth", "$", "5");
    }

    @Test
    void givesTheNextWordOnlyWhenNothingButSpaceStandsBeforeIt() {
        Claim claim = TestArticle.published("2022-03-04", SENTENCE).claim("2021").build();

        assertThat(TaggedWords.next(claim, SENTENCE.indexOf(" rose")).map(w -> w.lowerIn(SENTENCE))).contains("rose");
        assertThat(TaggedWords.next(claim, SENTENCE.indexOf("exports") + 3)).isEmpty();
        assertThat(TaggedWords.next(claim, SENTENCE.length())).isEmpty();
    }

    private static List<String> surfaces(Claim claim, List<ClaimWord> words) {
        return words.stream().map(w -> claim.sentence().substring(w.start(), w.end())).toList();
    }
}
