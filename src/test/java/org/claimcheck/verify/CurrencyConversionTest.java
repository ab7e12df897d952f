package org.claimcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

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
            Russia–China trade reached €124 billion in 2021.      | €124 billion       | 2021 | SUPPORTED    | claims €124 billion ≈ $146.7 billion at the 2021 average rate of 1.1830 USD per EUR (Federal Reserve G.5A annual release); reference $146.88 billion for 2021 (Russia and China, trade) — supported; China customs
            Russia–China trade reached €130 billion in 2021.      | €130 billion       | 2021 | SUPPORTED    | — supported; within the 5 % allowed for the exchange rate
            Russia–China trade reached €135 billion in 2021.      | €135 billion       | 2021 | CONTRADICTED | ≈ $159.7 billion at the 2021 average rate of 1.1830 USD per EUR (Federal Reserve G.5A annual release); reference $146.88 billion for 2021 (Russia and China, trade) — contradicted: 8.7 % above the reference
            Russia–China trade reached €147 billion in 2021.      | €147 billion       | 2021 | CONTRADICTED | claims €147 billion ≈ $173.9 billion at the 2021 average rate of 1.1830 USD per EUR (Federal Reserve G.5A annual release); reference $146.88 billion for 2021 (Russia and China, trade) — contradicted: wrong currency: the figure matches the reference in USD; converted from EUR it is 18.4 % above the reference
            Russia–China trade reached 947.5 billion yuan in 2021. | 947.5 billion yuan | 2021 | SUPPORTED    | ≈ $146.88 billion at the 2021 average rate of 6.4508 CNY per USD (Federal Reserve G.5A annual release)
            Russia–China trade reached €100 billion in 2020.      | €100 billion       | 2020 | UNVERIFIABLE | claim in EUR, reference in USD; no rate table covers EUR to USD for 2020
            Russia–China trade reached €107.77 billion in 2020.   | €107.77 billion    | 2020 | UNVERIFIABLE | no rate table covers EUR to USD for 2020 (the same figure in USD would match)
            """)
    void convertsAClaimIntoTheReferencesCurrencyAtThePeriodsRate(String sentence, String claim, String period,
            Verdict verdict, String explanation) {
        Finding finding = judge(withRates(), sentence, claim, period);

        assertThat(finding.verdict()).isEqualTo(verdict);
        assertThat(finding.explanation()).contains(explanation);
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
        assertThat(yuan.evidence()).extracting(Evidence::value).containsExactly("1.28 trillion CNY");
        assertThat(yuan.explanation()).doesNotContain("\u2248");
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
        assertThat(finding.explanation()).contains("\u2248 $173.759 billion at the 2021 average rate",
                "wrong currency: the figure matches the reference in USD", "read as trade, the only measure of");
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ASSUMED);
    }

    @Test
    void keepsTheConversionInTheExplanationWhenAnAssumptionWithholdsTheVerdict() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Trade between Russia and China reached $146.88 billion in 2021. Analysts estimated the total at €160"
                        + " billion.");
        Finding finding = Runs.one(withRates(), article, article.claim("€160 billion").subject("Analysts")
                .period("2021"));

        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.explanation()).contains("claims €160 billion \u2248 $189.3 billion at the 2021 average",
                "would be contradicted: 28.9 % above the reference, but only on an assumption");
        assertThat(finding.evidence()).extracting(Evidence::table).containsExactly("facts.csv", "rates.csv");
    }

    @Test
    void sendsAFigureWithoutPeriodThatIsOnePeriodsFigureInAnotherCurrencyToReview() {
        TestArticle article = TestArticle.published("2023-03-04", "Russia–China trade reached €146.88 billion.");

        Finding finding = Runs.one(withRates(), article, article.claim("€146.88 billion"));

        assertThat(finding.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.evidence()).singleElement().satisfies(e -> assertThat(e.period()).isEqualTo("2021"));
        assertThat(finding.explanation()).contains("the claim matches none of them; the same figure in another"
                + " currency would match 2021 in USD");
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
        assertThat(finding.explanation()).contains("claims $8.75 billion \u2248 \u20ac7.396 billion at the 2021 average"
                + " rate of 1.1830 USD per EUR (Federal Reserve G.5A annual release), the year of publication, as"
                + " neither the figure nor the claim states a period");
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
        assertThat(finding.explanation()).contains("claim in USD, reference in EUR; no period to take a rate for");
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
