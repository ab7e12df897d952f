package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Only a firm link contradicts: the fact's attribute governs the value and its subject takes part in that
 * event. Each case is a sentence the way real articles write it; subject and predicate are what extraction
 * gives.
 */
class LinkFirmnessTest {

    private final Tables tables = Tables.create()
            .subject("aukus", "AUKUS", "AUKUS pact")
            .subject("sco-charter", "SCO Charter", "the Charter")
            .subject("ndb", "New Development Bank", "NDB", "NDB agreement")
            .subject("csto", "Collective Security Treaty Organization", "CSTO")
            .subject("power-of-siberia", "Power of Siberia", "Power of Siberia pipeline")
            .subject("russia-china", "Russia and China", "Russia–China", "bilateral trade", "trade turnover")
            .subject("union", "Eurasian Economic Union", "EAEU")
            .subject("egypt", "Egypt")
            .subject("brics", "BRICS")
            .event("announced", "announced", "unveiled")
            .event("signed", "signed", "signing")
            .event("founded", "founded", "create", "created")
            .event("deployed", "deployed")
            .event("began-operations", "began operations", "started operations")
            .event("joined-brics", "joined BRICS", "admitted", "joined")
            .measure("subscribed-capital", "subscribed capital")
            .measure("first-bond", "bond", "issued")
            .measure("trade", "trade", "turnover");

    {
        tables.fact("aukus", "announced", "2021-09-15");
        tables.fact("sco-charter", "signed", "2002-06-07");
        tables.fact("ndb", "signed", "2014-07-15");
        tables.fact("csto", "founded", "2002-10-07");
        tables.fact("csto", "deployed", "2022-01-06");
        tables.fact("power-of-siberia", "began-operations", "2019-12-02");
        tables.fact("egypt", "joined-brics", "2024-01-01");
        tables.fact("ndb", "subscribed-capital", "50 billion USD");
        tables.fact("ndb", "first-bond", "3 billion CNY");
        tables.fact("russia-china", "trade", "146.887 billion USD").period("2021");
        tables.fact("union", "signed", "2014-05-29");
    }

    private Finding check(String sentence, String claim, String subject, String predicate) {
        TestArticle article = TestArticle.published("2025-08-01", sentence);
        TestArticle.ClaimSpec spec = article.claim(claim).subject(subject).predicate(predicate);
        if (claim.contains("billion") && sentence.contains("in 2021")) {
            spec.period("2021");
        }
        return Runs.one(tables, article, spec);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Power of Siberia pipeline began operations in 2016.                  | 2016          | Power of Siberia pipeline | began operations
            The NDB signed the NDB agreement on 15 July 2015.                        | 15 July 2015  | NDB                       | signed the NDB agreement
            On 5 March 2003 the SCO Charter was signed in Yekaterinburg.             | 5 March 2003  | SCO Charter               | was signed
            Russia–China trade reached $174 billion in 2021.                         | $174 billion  | Russia–China trade        | reached
            """)
    void contradictsWhenTheFactsAttributeGovernsTheValueAndItsSubjectTakesPart(String sentence, String claim,
            String subject, String predicate) {
        Finding finding = check(sentence, claim, subject, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.reason()).isIn(Reason.WRONG_YEAR, Reason.WRONG_MONTH, Reason.OUTSIDE_TOLERANCE);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ARGUMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Additionally, the AUKUS governments announced in December 2023 that work would speed up. | December 2023   | AUKUS governments                   | announced    | only modifies
            In 2007, CSTO members agreed to create a CSTO peacekeeping force.                        | 2007            | CSTO members                        | agreed       | only modifies
            On 22 January 1993, the Charter (Statutes) of the CIS was signed.                        | 22 January 1993 | Charter (Statutes) of the CIS       | was signed   | longer name
            On 9 October 2014, a Treaty to enlarge the EAEU to Armenia was signed.                   | 9 October 2014  | Treaty to enlarge the EAEU to Armenia | was signed | only modifies
            On 5 January 2022, CSTO troops were announced to be deployed to Kazakhstan.              | 5 January 2022  | CSTO                                | were announced to be deployed | depends on another verb
            On 21 December 2016, the NDB signed an agreement on its first loan.                      | 21 December 2016 | NDB                                | signed an agreement | not wholly a name
            """)
    void sendsAConflictOnAWeakLinkToReviewSayingWhy(String sentence, String claim, String subject, String predicate,
            String reason) {
        Finding finding = check(sentence, claim, subject, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isIn(Verdict.POSSIBLE_CONFLICT, Verdict.UNVERIFIABLE);
        assertThat(finding.verdict()).isNotEqualTo(Verdict.CONTRADICTED);
        if (finding.verdict() == Verdict.POSSIBLE_CONFLICT) {
            assertThat(finding.link().firm()).isFalse();
            assertThat(finding.link().reason()).contains(reason);
            // the reason names what disagrees, as it would for a contradiction over a firm link
            assertThat(finding.reason().verdicts()).contains(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
        }
    }

    @Test
    void aFigureWithAnotherFigureBetweenItAndTheMeasureIsNotThatMeasure() {
        TestArticle article = TestArticle.published("2025-08-01", "The New Development Bank has an initial "
                + "subscribed capital of US$50 billion and an initial authorized capital of US$100 billion.");
        Finding finding = Runs.verify(tables, article,
                article.claim("US$50 billion").subject("New Development Bank").predicate("has"),
                article.claim("US$100 billion").subject("New Development Bank").predicate("has")).get(1);

        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.OTHER_FACT);
        assertThat(finding.evidence()).isEmpty();
        assertThat(finding.link().reason()).contains("another figure stands between");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Additionally, the AUKUS governments announced in December 2023 that work would speed up. | December 2023   | AUKUS governments             | announced
            On 21 December 2016, the NDB signed an agreement on its first loan.                      | 21 December 2016 | NDB                          | signed an agreement
            """)
    void neitherContradictsNorSendsToReviewAClaimTheTextShowsIsAboutAnotherFact(String sentence, String claim,
            String subject, String predicate) {
        Finding finding = check(sentence, claim, subject, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.OTHER_FACT);
        assertThat(finding.evidence()).isEmpty();
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.NONE);
    }

    @Test
    void aFirstInstanceAttributeNeedsTheSentenceToSayFirst() {
        Finding later = check("In 2022 the New Development Bank issued a 7 billion RMB bond.", "7 billion RMB",
                "New Development Bank", "issued");
        Finding first = check("In 2016 the New Development Bank issued its first bond of 7 billion RMB.",
                "7 billion RMB", "New Development Bank", "issued its first bond of");

        assertThat(later.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(later.link().reason()).contains("first instance");
        assertThat(first.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void aYearWrittenIntoANameMayNameAnotherInstance() {
        Finding finding = check("South Africa will host the 2025 AUKUS summit.", "2025", "2025 AUKUS summit",
                "will host");

        assertThat(finding.verdict()).isNotEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void anAttributeThatNamesItsObjectIsFirmOnlyWhenTheSentenceNamesIt() {
        Finding finding = check("In December 2021, the NDB admitted Egypt as a new member.", "December 2021", "NDB",
                "admitted Egypt");

        assertThat(finding.verdict()).isNotEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void aPlainDescriptionReferringBackToTheSubjectJustNamedIsFirm() {
        TestArticle article = TestArticle.published("2025-08-01",
                "The Power of Siberia pipeline carries gas to China. The pipeline began operations in 2016.");
        Finding finding = Runs.one(tables, article,
                article.claim("2016").subject("pipeline").predicate("began operations"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.reason()).isEqualTo(Reason.WRONG_YEAR);
        assertThat(finding.link().reason()).contains("refers back");
    }

    @Test
    void aPhraseAboutSomethingElseReferringBackIsOnlyAPossibleConflict() {
        TestArticle article = TestArticle.published("2025-08-01",
                "The Power of Siberia pipeline carries gas to China. Its second string began operations in 2016.");
        Finding finding = Runs.one(tables, article,
                article.claim("2016").subject("second string").predicate("began operations"));

        assertThat(finding.verdict()).isNotEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void aSupportedClaimKeepsItsLinkBasis() {
        Finding finding = check("The Power of Siberia pipeline began operations in 2019.", "2019",
                "Power of Siberia pipeline", "began operations");

        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ARGUMENT);
        assertThat(finding.link().reason()).contains("began operations");
    }

    @Test
    void aDateOfAnotherNamedParticipantsActIsNotTheFact() {
        Tables war = Tables.create().subject("invasion", "Russian invasion of Ukraine").event("began", "launched");
        war.fact("invasion", "began", "2022-02-24");
        TestArticle article = TestArticle.published("2025-08-01", "On 3 March 2022, Canada and Norway declared a "
                + "boycott over the Russian invasion of Ukraine launched in February.");
        Finding finding = Runs.one(war, article,
                article.claim("3 March 2022").subject("Canada and Norway").predicate("declared a boycott"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.OTHER_FACT);
        assertThat(finding.link().reason()).contains("Canada and Norway");
    }
}
