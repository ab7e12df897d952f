package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A date right after an event noun and its "of" phrase dates that noun's event, not the verb's before it. */
class NearerEventNounTest {

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("meridian-line", "Meridian Line", "the Meridian railway")
                .event("opened", "opened", "opening", "inaugurated")
                .event("completed", "completed", "completion");
        t.fact("meridian-line", "opened", "1994-03-01").source("Meridian Railways").vintage("2000-01-01");
        t.fact("meridian-line", "completed", "1993-11-20").source("Meridian Railways").vintage("2000-01-01");
        return t;
    }

    @Test
    void leavesADateOfAnotherSubjectsOpeningAfterTheVerbUnjudged() {
        TestArticle article = TestArticle.published("2000-01-01",
                "The Meridian Line was opened in time for the opening of the Pan-Asian Games on 10 March 1994.");

        Finding finding = Runs.one(tables, article, article.claim("10 March 1994").subject("The Meridian Line")
                .predicate("was opened").tagged("The/DT Meridian/NNP Line/NNP was/VBD opened/VBN in/IN time/NN "
                        + "for/IN the/DT opening/NN of/IN the/DT Pan-Asian/JJ Games/NNPS on/IN 10/CD March/NNP "
                        + "1994/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.OTHER_FACT);
    }

    @Test
    void givesTheDateToTheNounsEventWhenTheNounIsTheSubjects() {
        TestArticle article = TestArticle.published("2000-01-01",
                "Work on the Meridian Line was completed well before the opening of the Meridian Line on 10 March 1994.");

        Finding finding = Runs.one(tables, article, article.claim("10 March 1994").subject("Work")
                .predicate("was completed").tagged("Work/NN on/IN the/DT Meridian/NNP Line/NNP was/VBD "
                        + "completed/VBN well/RB before/IN the/DT opening/NN of/IN the/DT Meridian/NNP Line/NNP "
                        + "on/IN 10/CD March/NNP 1994/CD ./."));

        assertThat(finding.evidence()).as(finding.explanation()).allSatisfy(e ->
                assertThat(e.attribute()).isEqualTo("opened"));
    }

    @Test
    void stillJudgesTheVerbsOwnDate() {
        TestArticle article = TestArticle.published("2000-01-01",
                "The Meridian Line was opened on 10 March 1994, in time for the opening of the Pan-Asian Games.");

        Finding finding = Runs.one(tables, article, article.claim("10 March 1994").subject("The Meridian Line")
                .predicate("was opened").tagged("The/DT Meridian/NNP Line/NNP was/VBD opened/VBN on/IN 10/CD "
                        + "March/NNP 1994/CD ,/, in/IN time/NN for/IN the/DT opening/NN of/IN the/DT Pan-Asian/JJ "
                        + "Games/NNPS ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void stillJudgesADateAfterAnEventNounWithoutAnOfPhrase() {
        TestArticle article = TestArticle.published("2000-01-01",
                "The Meridian Line was opened at a grand opening ceremony in Lanport on 10 March 1994.");

        Finding finding = Runs.one(tables, article, article.claim("10 March 1994").subject("The Meridian Line")
                .predicate("was opened").tagged("The/DT Meridian/NNP Line/NNP was/VBD opened/VBN at/IN a/DT "
                        + "grand/JJ opening/NN ceremony/NN in/IN Lanport/NNP on/IN 10/CD March/NNP 1994/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void leavesAPossessedEventNounToItsPossessor() {
        Tables withRatification = tables();
        withRatification.subject("norland", "Norland").event("ratified", "ratified", "ratification");
        withRatification.fact("norland", "ratified", "1994-03-10").source("Norland Gazette").vintage("2000-01-01");
        TestArticle article = TestArticle.published("2000-01-01",
                "With Norland's official ratification of the Lanport accord on 10 March 1994, the accord took effect.");

        Finding finding = Runs.one(withRatification, article, article.claim("10 March 1994").subject("the accord")
                .predicate("took effect").tagged("With/IN Norland/NNP 's/POS official/JJ ratification/NN of/IN the/DT "
                        + "Lanport/NNP accord/NN on/IN 10/CD March/NNP 1994/CD ,/, the/DT accord/NN took/VBD "
                        + "effect/NN ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.SUPPORTED);
    }
}
