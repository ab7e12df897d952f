package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date set on a decision, plan or invitation to do something is not the date it was done: "decided to move",
 * "the decision to establish", "was invited to join".
 */
class IntendedEventsTest {

    private final Tables tables = Tables.create()
            .subject("opec", "OPEC")
            .subject("au", "African Union", "AU")
            .subject("croatia", "Croatia")
            .event("moved", "moved to Vienna", "move the Secretariat", "moved its Secretariat")
            .event("founded", "established", "establish")
            .event("joined", "joined NATO", "join NATO", "joined", "join", "admitted to NATO");

    {
        tables.fact("opec", "moved", "1965-09-01");
        tables.fact("au", "founded", "2002-07-09");
        tables.fact("croatia", "joined", "2009-04-01");
    }

    private Finding check(String sentence, String claim, String subject, String predicate) {
        TestArticle article = TestArticle.published("2025-08-01", sentence);
        return Runs.one(tables, article, article.claim(claim).subject(subject).predicate(predicate));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In April 1965, OPEC decided to move the Secretariat to Vienna.          | April 1965 | OPEC                                 | decided
            The decision to establish the AU was made at a summit in 1999.          | 1999       | The decision to establish the AU     | was made
            In April 2008, at a summit in Bucharest, Croatia was invited to join.   | April 2008 | Croatia                              | was invited
            """)
    void aDecisionPlanOrInvitationIsNotTheEventItself(String sentence, String claim, String subject,
            String predicate) {
        Finding finding = check(sentence, claim, subject, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.OTHER_FACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In April 1965, OPEC moved its Secretariat to Vienna.   | April 1965 | OPEC    | moved its Secretariat to Vienna
            In April 2008, Croatia joined NATO.                    | April 2008 | Croatia | joined NATO
            In April 2008, Croatia was the first country to join NATO.    | April 2008 | Croatia | was the first country to join NATO
            """)
    void theEventDoneIsStillJudged(String sentence, String claim, String subject, String predicate) {
        Finding finding = check(sentence, claim, subject, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Croatia had been scheduled to join NATO in April 2008.                      | April 2008 | Croatia | had been scheduled to join NATO
            Croatia was due to join NATO in April 2008, officials said.                 | April 2008 | Croatia | was due to join NATO
            """)
    void aScheduledEventIsAPlanNotAnOutcome(String sentence, String claim, String subject, String predicate) {
        Finding finding = check(sentence, claim, subject, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.FORECAST);
    }

    @Test
    void theOrganisationAJoiningVerbTakesAsObjectIsNoOwnerThatRulesTheJoinerOut() {
        Tables named = Tables.create().subject("nato", "North Atlantic Treaty Organization", "NATO")
                .subject("croatia", "Croatia").event("joined-nato", "joined NATO", "joined");
        named.fact("croatia", "joined-nato", "2009-04-01");
        TestArticle article = TestArticle.published("2025-08-01",
                "On 1 April 2009, Croatia joined the North Atlantic Treaty Organization.");

        Finding finding = Runs.one(named, article, article.claim("1 April 2009").subject("Croatia")
                .predicate("joined the North Atlantic Treaty Organization"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void sendsARankedJoinerWithAWrongDateToReview() {
        Finding finding = check("The most recent country to join NATO was Croatia in April 2008.", "April 2008",
                "Croatia", "was");

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Croatia will be admitted to NATO in April 2008.              | April 2008 | Croatia | will be admitted to NATO
            Croatia will formally join NATO in April 2008.               | April 2008 | Croatia | will formally join NATO
            """)
    void anEventStatedInTheFutureIsAPlanWhateverThePublicationDate(String sentence, String claim, String subject,
            String predicate) {
        TestArticle undated = TestArticle.undated(sentence);

        Finding finding = Runs.one(tables, undated, undated.claim(claim).subject(subject).predicate(predicate));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.FORECAST);
    }

    @Test
    void anEventStatedInTheFutureStillAgrees() {
        TestArticle undated = TestArticle.undated("Croatia will join NATO on 1 April 2009.");

        Finding finding = Runs.one(tables, undated, undated.claim("1 April 2009").subject("Croatia")
                .predicate("will join NATO"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void anEventToldFromBeforeItInThePastIsStillJudged() {
        Finding finding = check("Croatia, which would join NATO in April 2008, sent troops.", "April 2008", "Croatia",
                "would join NATO");

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void aDateAfterPublicationIsAPlanThatMayAgreeButNeverConflicts() {
        TestArticle before = TestArticle.published("2009-03-20", "Croatia will join NATO on 10 April 2009.");
        TestArticle onTime = TestArticle.published("2009-03-20", "Croatia will join NATO on 1 April 2009.");

        Finding late = Runs.one(tables, before, before.claim("10 April 2009").subject("Croatia")
                .predicate("will join NATO"));
        Finding agreed = Runs.one(tables, onTime, onTime.claim("1 April 2009").subject("Croatia")
                .predicate("will join NATO"));

        assertThat(late.verdict()).as(late.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(late.reason()).isEqualTo(Reason.FORECAST);
        assertThat(agreed.verdict()).as(agreed.explanation()).isEqualTo(Verdict.SUPPORTED);
    }
}
