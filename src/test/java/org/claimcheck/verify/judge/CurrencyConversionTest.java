package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.verify.Evidence;
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

/** Claims in another currency than the reference, judged through the verifier with a rates table. */
class CurrencyConversionTest {

    private static final String FED = "Federal Reserve G.5A annual release, https://example.org/g5a";

    private static Tables withRates() {
        Tables t = Tables.standard()
                .rate("USD", "EUR", "1.1830", "2021", FED)
                .rate("CNY", "USD", "6.4508", "2021", FED)
                .rate("CNY", "USD", "6.7290", "2022", FED);
        t.fact("russia-china", "trade", "190.27 billion USD").period("2022").source("China customs")
                .vintage("2023-01-13");
        t.fact("russia-china", "trade", "1.28 trillion CNY").period("2022").source("China customs, yuan")
                .vintage("2023-01-13");
        return t;
    }

    private static Finding judge(Tables tables, String sentence, String claim, String period) {
        TestArticle article = TestArticle.published("2023-03-04", sentence);
        TestArticle.ClaimSpec spec = article.claim(claim).period(period);
        int verb = sentence.indexOf(" reached");
        // subject and predicate as extraction gives them: the phrase before the verb, and the verb
        return Runs.one(tables, article, verb < 0 ? spec : spec.subject(sentence.substring(0, verb)).predicate("reached"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Russia–China trade reached €124 billion in 2021.      | €124 billion       | 2021 | SUPPORTED    | VALUE_AGREES          | $146.88 billion | 1.1830 USD per EUR
            Russia–China trade reached €130 billion in 2021.      | €130 billion       | 2021 | SUPPORTED    | WITHIN_RATE_ALLOWANCE | $146.88 billion | 1.1830 USD per EUR
            Russia–China trade reached €135 billion in 2021.      | €135 billion       | 2021 | CONTRADICTED | OUTSIDE_TOLERANCE     | $146.88 billion | 1.1830 USD per EUR
            Russia–China trade reached €147 billion in 2021.      | €147 billion       | 2021 | CONTRADICTED | WRONG_CURRENCY        | $146.88 billion | 1.1830 USD per EUR
            Russia–China trade reached 947.5 billion yuan in 2021. | 947.5 billion yuan | 2021 | SUPPORTED    | VALUE_AGREES          | $146.88 billion | 6.4508 CNY per USD
            Russia–China trade reached €100 billion in 2020.      | €100 billion       | 2020 | UNVERIFIABLE | NO_EXCHANGE_RATE      | $107.77 billion |
            Russia–China trade reached €107.77 billion in 2020.   | €107.77 billion    | 2020 | UNVERIFIABLE | NO_EXCHANGE_RATE      | $107.77 billion |
            """)
    void convertsAClaimIntoTheReferencesCurrencyAtThePeriodsRate(String sentence, String claim, String period,
            Verdict verdict, Reason reason, String reference, String rate) {
        Finding finding = judge(withRates(), sentence, claim, period);

        assertThat(finding.verdict()).isEqualTo(verdict);
        assertThat(finding.reason()).isEqualTo(reason);
        // the fact compared with, then the rate row the conversion used (none without a rate)
        assertThat(finding.evidence()).extracting(Evidence::value)
                .containsExactlyElementsOf(rate == null ? List.of(reference) : List.of(reference, rate));
    }

    @Test
    void listsTheRateRowAfterTheFactAsEvidence() {
        Finding finding = judge(withRates(), "Russia–China trade reached €147 billion in 2021.", "€147 billion", "2021");

        assertThat(finding.evidence()).hasSize(2);
        assertThat(finding.evidence().get(0).table()).isEqualTo("facts.csv");
        Evidence rate = finding.evidence().get(1);
        assertThat(rate.table()).isEqualTo("rates.csv");
        assertThat(rate.line()).isEqualTo(2);
        assertThat(rate.value()).isEqualTo("1.1830 USD per EUR");
        assertThat(rate.period()).isEqualTo("2021");
        assertThat(rate.source()).isEqualTo(FED);
        assertThat(rate.subject()).isNull();
        assertThat(rate.note()).startsWith("exchange rate: converts the claim from EUR into USD");
    }

    @Test
    void comparesWithTheFigureInTheClaimsOwnCurrencyWhenTheTablesHaveIt() {
        Finding yuan = judge(withRates(), "Russia–China trade reached 1.28 trillion yuan in 2022.",
                "1.28 trillion yuan", "2022");
        Finding dollars = judge(withRates(), "Russia–China trade reached more than $200 billion in 2022.",
                "$200 billion", "2022");

        assertThat(yuan.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(yuan.reason()).isEqualTo(Reason.VALUE_AGREES);
        // compared as stated: no rate row among the evidence
        assertThat(yuan.evidence()).extracting(Evidence::value).containsExactly("1.28 trillion CNY");
        assertThat(yuan.evidence()).extracting(Evidence::table).containsExactly("facts.csv");
        assertThat(dollars.evidence()).extracting(Evidence::value).containsExactly("$190.27 billion");
    }

    @Test
    void sendsAWrongCurrencyOnAnAssumedAttributeToReviewRatherThanCallingItUnverifiable() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Trade between Russia and China reached $146.88 billion in 2021. One website put the total at €146.88"
                        + " billion.");
        Finding finding = Runs.one(withRates(), article, article.claim("€146.88 billion").subject("website")
                .period("2021"));

        assertThat(finding.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.reason()).isEqualTo(Reason.WRONG_CURRENCY);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ASSUMED);
        assertThat(finding.evidence()).extracting(Evidence::attribute).containsExactly("trade", null);
        assertThat(finding.evidence()).extracting(Evidence::value)
                .containsExactly("$146.88 billion", "1.1830 USD per EUR");
    }

    @Test
    void keepsTheConversionInTheExplanationWhenAnAssumptionWithholdsTheVerdict() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Trade between Russia and China reached $146.88 billion in 2021. Analysts estimated the total at €160"
                        + " billion.");
        Finding finding = Runs.one(withRates(), article, article.claim("€160 billion").subject("Analysts")
                .period("2021"));

        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.ASSUMED_LINK);
        assertThat(finding.evidence()).extracting(Evidence::table).containsExactly("facts.csv", "rates.csv");
        // the converted figure the withheld conflict rests on
        assertThat(finding.explanation()).contains("$189.3 billion");
    }

    @Test
    void sendsAFigureWithoutPeriodThatIsOnePeriodsFigureInAnotherCurrencyToReview() {
        TestArticle article = TestArticle.published("2023-03-04", "Russia–China trade reached €146.88 billion.");

        Finding finding = Runs.one(withRates(), article, article.claim("€146.88 billion"));

        assertThat(finding.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.reason()).isEqualTo(Reason.WRONG_CURRENCY);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ASSUMED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.period()).isEqualTo("2021");
            assertThat(e.value()).isEqualTo("$146.88 billion");
        });
    }

    @Test
    void takesTheRateOfThePublicationYearForAFigureWithoutAPeriod() {
        Tables tables = Tables.create()
                .subject("nord-stream", "Nord Stream", "Nord Stream pipeline")
                .measure("cost", "cost", "investment")
                .rate("USD", "EUR", "1.1830", "2021", FED);
        tables.fact("nord-stream", "cost", "7.4 billion EUR").source("Nord Stream AG");
        TestArticle article = TestArticle.published("2021-09-10", "Nord Stream cost $8.75 billion to build.");

        Finding finding = Runs.one(tables, article, article.claim("$8.75 billion"));

        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.reason()).isEqualTo(Reason.VALUE_AGREES);
        // the fact has no period: the rate is the publication year's
        assertThat(finding.evidence()).extracting(Evidence::value).containsExactly("\u20ac7.4 billion",
                "1.1830 USD per EUR");
        assertThat(finding.evidence()).extracting(Evidence::period).containsExactly(null, "2021");
    }

    @Test
    void cannotChooseARateForAFigureWithoutAPeriodInAnUndatedArticle() {
        Tables tables = Tables.create()
                .subject("nord-stream", "Nord Stream", "Nord Stream pipeline")
                .measure("cost", "cost", "investment")
                .rate("USD", "EUR", "1.1830", "2021", FED);
        tables.fact("nord-stream", "cost", "7.4 billion EUR").source("Nord Stream AG");
        TestArticle article = TestArticle.undated("Nord Stream cost $8.75 billion to build.");

        Finding finding = Runs.one(tables, article, article.claim("$8.75 billion"));

        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.NO_EXCHANGE_RATE);
        assertThat(finding.evidence()).extracting(Evidence::table).containsExactly("facts.csv");
    }

    @Test
    void neverChainsThroughAThirdCurrency() {
        Tables tables = Tables.standard()
                .rate("USD", "EUR", "1.1830", "2021", FED)
                .rate("CNY", "USD", "6.4508", "2021", FED);
        tables.fact("russia-china", "trade", "947.5 billion CNY").period("2021").source("China customs, yuan")
                .vintage("2022-01-14");
        TestArticle article = TestArticle.published("2022-03-04", "Russia–China trade reached €800 billion in 2021.");

        Finding finding = Runs.one(tables, article, article.claim("€800 billion").period("2021"));

        // The dollar figure converts; the yuan figure would need EUR→USD→CNY, so it is left out.
        assertThat(finding.evidence()).extracting(Evidence::value).containsExactly("$146.88 billion",
                "1.1830 USD per EUR");
    }
}
