package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Construction of the bridge began in 1869": the event noun and its verb are the attribute's phrase, with whose
 * event it is between them.
 */
class EventNounComplementTest {

    private final Tables tables = Tables.create()
            .subject("brooklyn", "Brooklyn Bridge")
            .subject("tunnel", "Channel Tunnel")
            .event("construction-began", "construction began", "work started");

    {
        tables.fact("brooklyn", "construction-began", "1870-01-03").source("Bridge history").vintage("2000-01-01");
        tables.fact("tunnel", "construction-began", "1988-12-15").source("Tunnel history").vintage("2000-01-01");
    }

    private Finding check(String sentence, String claim, String subject, String predicate) {
        TestArticle article = TestArticle.published("2020-01-10", sentence);
        return Runs.one(tables, article, article.claim(claim).subject(subject).predicate(predicate));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Construction of the Brooklyn Bridge began on January 3, 1870. | January 3, 1870 | began   | SUPPORTED
            Construction of the Brooklyn Bridge began in 1869.            | 1869            | began   | CONTRADICTED
            The construction of the Brooklyn Bridge began in 1869.        | 1869            | began   | CONTRADICTED
            Work on the Channel Tunnel started in 1988.                   | 1988            | started | SUPPORTED
            Work on the Channel Tunnel started in 1987.                   | 1987            | started | CONTRADICTED
            """)
    void anEventNounAndItsVerbAroundTheComplementAreThePhrase(String sentence, String claim, String predicate,
            Verdict verdict) {
        String subjectPhrase = sentence.substring(0, sentence.indexOf(" " + predicate + " "));
        Finding finding = check(sentence, claim, subjectPhrase, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(verdict);
    }

    @Test
    void workOnAPartIsNotTheWholesEvent() {
        Finding finding = check("Work on the second tube of the Channel Tunnel started in 1987.", "1987",
                "Work on the second tube of the Channel Tunnel", "started");

        assertThat(finding.verdict()).as(finding.explanation()).isNotEqualTo(Verdict.CONTRADICTED);
    }

    private static List<String> owners(String phrase, String sentence, String claimed, String tagged) {
        TestArticle article = TestArticle.published("2020-01-10", sentence);
        Claim claim = article.claim(claimed).tagged(tagged).build();
        List<Word> words = Words.of(sentence);
        return EventNounComplement.find(claim, PhraseMatcher.stems(phrase), words, PhraseMatcher.stemsOf(words))
                .stream().map(EventNounComplement.Match::owner).toList();
    }

    @Test
    void theComplementUpToAnAuxiliaryIsTheOwner() {
        assertThat(owners("construction begun", "The construction of the Empire State Building was begun in 1930.",
                "1930", "The/DT construction/NN of/IN the/DT Empire/NNP State/NNP Building/NNP was/VBD begun/VBN "
                        + "in/IN 1930/CD ./.")).containsExactly("the Empire State Building");
    }

    @Test
    void aVerbFirstPhraseHasNoComplement() {
        assertThat(owners("began construction", "Work began on its construction on 17 March 1930.", "17 March 1930",
                "Work/NN began/VBD on/IN its/PRP$ construction/NN on/IN 17/CD March/NNP 1930/CD ./.")).isEmpty();
    }

    @Test
    void aComplementWithNoVerbAfterItIsNoEventsOwner() {
        assertThat(owners("capital since", "Abuja has been the capital of Nigeria since 1991.", "1991",
                "Abuja/NNP has/VBZ been/VBN the/DT capital/NN of/IN Nigeria/NNP since/IN 1991/CD ./.")).isEmpty();
    }

    @Test
    void aNamesOwnOfIsNoComplement() {
        assertThat(owners("house passed", "The House of Representatives passed the amendment in 1919.", "1919",
                "The/DT House/NNP of/IN Representatives/NNPS passed/VBD the/DT amendment/NN in/IN 1919/CD ./."))
                .isEmpty();
    }
}
