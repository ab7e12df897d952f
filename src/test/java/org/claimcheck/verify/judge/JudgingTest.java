package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Unresolved;
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

/** Periods, vintages, records, relative dates and explanations, through the whole verifier. */
class JudgingTest {

    private final Tables tables = Tables.standard();

    private Finding trade(String claim, TestArticle article, String period) {
        TestArticle.ClaimSpec spec = article.claim(claim).subject("Russia–China trade");
        return Runs.one(tables, article, period == null ? spec : spec.period(period));
    }

    @Test
    void explainsAContradictedDateWithTheReferenceAndItsSource() {
        TestArticle article = TestArticle.published("2022-03-04", "Power of Siberia began operations in 2016.");
        Finding finding = Runs.one(tables, article,
                article.claim("2016").subject("Power of Siberia").predicate("began operations"));
        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.reason()).isEqualTo(Reason.WRONG_YEAR);
        assertThat(finding.explanation()).isEqualTo("claims 2016; reference 2019-12-02 (Power of Siberia, "
                + "began-operations) \u2014 contradicted: wrong year (off by 3 years); Gazprom press release, vintage 2019-12-02");
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.table()).isEqualTo("facts.csv");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.value()).isEqualTo("2 December 2019");
            assertThat(e.source()).isEqualTo("Gazprom press release");
            assertThat(e.vintage()).isEqualTo("2019-12-02");
            assertThat(e.period()).isNull();
        });
    }

    @Test
    void explainsASupportedInequalityWithThePeriod() {
        TestArticle article = TestArticle.published("2022-03-04", "Russia–China trade was more than $140 billion in 2021.");
        Finding finding = trade("$140 billion", article, "2021");
        Finding hedged = Runs.one(tables, article,
                article.claim("$140 billion").qualifier(Qualifier.MORE_THAN).period("2021"));
        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.reason()).isEqualTo(Reason.OUTSIDE_TOLERANCE);
        assertThat(hedged.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(hedged.reason()).isEqualTo(Reason.BOUND_HOLDS);
        assertThat(hedged.explanation()).startsWith("claims more than $140 billion; reference $146.88 billion for 2021 "
                + "(Russia and China, trade) \u2014 supported; China customs, vintage 2022-01-14");
    }

    @Test
    void judgesAMeasureAgainstTheFigureForItsStatedPeriod() {
        TestArticle article = TestArticle.published("2022-03-04", "Russia–China trade reached $110.8 billion in 2019.");
        Finding finding = trade("$110.8 billion", article, "2019");
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence().get(0).period()).isEqualTo("2019");
    }

    @Test
    void contradictsAFigureStatedForTheWrongPeriod() {
        TestArticle article = TestArticle.published("2022-03-04", "Russia–China trade reached $147 billion in 2020.");
        Finding finding = trade("$147 billion", article, "2020");
        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.reason()).isEqualTo(Reason.OUTSIDE_TOLERANCE);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.period()).isEqualTo("2020");
            assertThat(e.value()).isEqualTo("$107.77 billion");
        });
    }

    @Test
    void saysWhichPeriodIsMissing() {
        TestArticle article = TestArticle.published("2023-03-04", "Russia–China trade reached $190 billion in 2022.");
        Finding finding = trade("$190 billion", article, "2022");
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.NO_FACT_FOR_PERIOD);
        assertThat(finding.evidence()).isEmpty();
        // the missing period, and the periods the table has instead
        assertThat(finding.explanation()).contains("2022", "2018", "2019", "2020", "2021");
    }

    @Test
    void leavesAMeasureThatStatesNoPeriodAndMatchesNoneUnverifiableNamingThePeriods() {
        TestArticle article = TestArticle.published("2022-03-04", "Russia–China trade reached $100 billion.");
        Finding finding = trade("$100 billion", article, null);
        // it may be the figure of a year the table lacks: no reason to flag it
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.NO_PERIOD_MATCHES);
        assertThat(finding.evidence()).extracting(Evidence::period)
                .containsExactlyInAnyOrder("2018", "2019", "2020", "2021");
    }

    @Test
    void readsAMeasureWithoutPeriodAsTheOnlyPeriodWhoseFigureItMatches() {
        TestArticle article = TestArticle.published("2022-03-04", "Russia–China trade reached $147 billion.");
        Finding finding = trade("$147 billion", article, null);
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.reason()).isEqualTo(Reason.ONE_PERIOD_MATCHES);
        assertThat(finding.evidence()).singleElement().extracting(Evidence::period).isEqualTo("2021");
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ASSUMED);
    }

    @Test
    void sendsAFigureOutOfScaleWithEveryPeriodToReview() {
        TestArticle article = TestArticle.published("2022-03-04", "Russia–China trade reached $14.7 trillion.");
        Finding finding = trade("$14.7 trillion", article, null);
        assertThat(finding.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.reason()).isEqualTo(Reason.OUT_OF_SCALE);
        assertThat(finding.evidence()).extracting(Evidence::period)
                .containsExactlyInAnyOrder("2018", "2019", "2020", "2021");
    }

    @Test
    void leavesACountFarBelowEveryPeriodsCountUnverifiableAsACountOfSomeOfThem() {
        Tables members = Tables.create().subject("sco", "Shanghai Cooperation Organisation", "SCO")
                .measure("members", "members", "member countries");
        members.fact("sco", "members", "8").period("2017-06-09").source("SCO");
        members.fact("sco", "members", "10").period("2024-07-04").source("SCO");
        TestArticle article = TestArticle.published("2024-07-05", "The SCO had 3 members from Central Asia.",
                "The SCO had 30 members.");

        var findings = Runs.verify(members, article, article.claim("3").subject("The SCO").predicate("had"),
                article.claim("30").subject("The SCO").predicate("had"));

        assertThat(findings.get(0).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(findings.get(0).reason()).isEqualTo(Reason.NO_PERIOD_MATCHES);
        assertThat(findings.get(1).verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(findings.get(1).reason()).isEqualTo(Reason.OUT_OF_SCALE);
    }

    @Test
    void leavesAFigureFarFromTheOnlyPeriodsFigureUnverifiableAsAnotherQuantity() {
        Tables seats = Tables.create().subject("bjp", "Bharatiya Janata Party", "BJP").measure("seats", "seats");
        seats.fact("bjp", "seats", "240").period("2024-06-04").source("ECI");
        TestArticle article = TestArticle.published("2024-06-10", "The BJP contested 543 seats.",
                "The BJP won 250 seats.");

        var findings = Runs.verify(seats, article, article.claim("543").subject("The BJP").predicate("contested"),
                article.claim("250").subject("The BJP").predicate("won"));

        assertThat(findings.get(0).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(findings.get(0).reason()).isEqualTo(Reason.ANOTHER_QUANTITY);
        assertThat(findings.get(1).verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
    }

    @Test
    void leavesAStatedYearsFigureTenTimesOffTheFactUnverifiableAsAnotherQuantity() {
        Tables gdp = Tables.create().subject("turkey", "Turkey").measure("gdp", "GDP");
        gdp.fact("turkey", "gdp", "1.12 trillion USD").period("2023").source("TurkStat");
        TestArticle article = TestArticle.published("2024-03-01",
                "On a per capita basis, Turkey's GDP stood at $13,110 in 2023.",
                "Turkey's GDP stood at $112 billion in 2023.", "Turkey's GDP stood at $1.3 trillion in 2023.");

        var findings = Runs.verify(gdp, article,
                article.claim("$13,110").subject("Turkey").predicate("GDP stood at").period("2023"),
                article.claim("$112 billion").subject("Turkey").predicate("GDP stood at").period("2023"),
                article.claim("$1.3 trillion").subject("Turkey").predicate("GDP stood at").period("2023"));

        assertThat(findings.get(0).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(findings.get(0).reason()).isEqualTo(Reason.ANOTHER_QUANTITY);
        assertThat(findings.get(1).reason()).as("a slip of the decimal point").isEqualTo(Reason.WRONG_MAGNITUDE);
        assertThat(findings.get(1).verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(findings.get(2).verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void assumesTheOnlyPeriodAndSendsAConflictOnThatAssumptionToReview() {
        Tables single = Tables.create().subject("ndb", "New Development Bank", "NDB").measure("capital", "capital");
        single.fact("ndb", "capital", "100 billion USD").period("2014").source("Agreement");
        TestArticle article = TestArticle.published("2022-03-04", "The NDB has capital of $100 billion.",
                "The NDB has capital of $50 billion.");
        var findings = Runs.verify(single, article, article.claim("$100 billion"), article.claim("$50 billion"));
        assertThat(findings.get(0).verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(findings.get(0).reason()).isEqualTo(Reason.VALUE_AGREES);
        assertThat(findings.get(0).link().strength()).isEqualTo(LinkStrength.ASSUMED);
        assertThat(findings.get(0).evidence()).singleElement().extracting(Evidence::period).isEqualTo("2014");
        assertThat(findings.get(1).verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(findings.get(1).reason()).isEqualTo(Reason.OUTSIDE_TOLERANCE);
        assertThat(findings.get(1).link().strength()).isEqualTo(LinkStrength.ASSUMED);
        assertThat(findings.get(1).evidence()).singleElement().satisfies(e -> {
            assertThat(e.period()).isEqualTo("2014");
            assertThat(e.value()).isEqualTo("$100 billion");
        });
    }

    @Test
    void judgesAgainstTheNewestVintagePublishedByTheArticleDateAndNotesLaterRevisions() {
        Tables revised = Tables.standard();
        revised.fact("russia-china", "trade", "146.9 billion USD").period("2021").source("Customs, revised")
                .vintage("2022-06-20");
        TestArticle early = TestArticle.published("2022-03-04", "Russia–China trade reached $146.88 billion in 2021.");
        Finding finding = Runs.one(revised, early, early.claim("$146.88 billion").period("2021")
                .subject("Russia–China trade").predicate("reached"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.reason()).isEqualTo(Reason.VALUE_AGREES);
        assertThat(finding.evidence()).singleElement().extracting(Evidence::vintage).isEqualTo("2022-01-14");
        // the later revision is noted with its value and vintage, never held against the article
        assertThat(finding.explanation()).contains("$146.9 billion", "2022-06-20");

        TestArticle late = TestArticle.published("2022-07-01", "Russia–China trade reached $146.88 billion in 2021.");
        Finding lateFinding = Runs.one(revised, late, late.claim("$146.88 billion").period("2021")
                .subject("Russia–China trade").predicate("reached"));
        assertThat(lateFinding.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(lateFinding.reason()).isEqualTo(Reason.OUTSIDE_TOLERANCE);
        assertThat(lateFinding.evidence().get(0).vintage()).isEqualTo("2022-06-20");
    }

    @Test
    void sendsAConflictWithAMeasureForNoPeriodReadAfterTheArticleToReviewButNotAWrongMagnitude() {
        Tables tower = Tables.create().subject("eiffel-tower", "Eiffel Tower", "the tower")
                .measure("height", "tall", "height");
        tower.fact("eiffel-tower", "height", "330 m").source("Encyclopedia").vintage("2025-08-01");

        TestArticle old = TestArticle.published("2015-03-31", "The Eiffel Tower is 324 metres tall.");
        Finding before = Runs.one(tower, old, old.claim("324 metres").subject("The Eiffel Tower").predicate("is"));
        assertThat(before.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(before.reason()).isEqualTo(Reason.OUTSIDE_TOLERANCE);
        assertThat(before.link().strength()).isEqualTo(LinkStrength.ARGUMENT);

        TestArticle slip = TestArticle.published("2015-03-31", "The Eiffel Tower is 3,300 metres tall.");
        Finding magnitude = Runs.one(tower, slip, slip.claim("3,300 metres").subject("The Eiffel Tower")
                .predicate("is"));
        assertThat(magnitude.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(magnitude.reason()).isEqualTo(Reason.WRONG_MAGNITUDE);

        TestArticle recent = TestArticle.published("2025-09-01", "The Eiffel Tower is 324 metres tall.");
        Finding after = Runs.one(tower, recent, recent.claim("324 metres").subject("The Eiffel Tower").predicate("is"));
        assertThat(after.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(after.reason()).isEqualTo(Reason.OUTSIDE_TOLERANCE);
    }

    @Test
    void acceptsAnyVintageWhenTheArticleHasNoDate() {
        Tables revised = Tables.standard();
        revised.fact("russia-china", "trade", "146.9 billion USD").period("2021").source("Customs, revised")
                .vintage("2022-06-20");
        TestArticle article = TestArticle.undated("Russia–China trade reached $146.88 billion in 2021.");
        Finding finding = Runs.one(revised, article, article.claim("$146.88 billion").period("2021"));
        // the earlier vintage supports it, though a later one (146.9) would not
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.reason()).isEqualTo(Reason.VALUE_AGREES);
        assertThat(finding.evidence()).singleElement().extracting(Evidence::vintage).isEqualTo("2022-01-14");
    }

    @Test
    void callsTwoSourcesThatDisagreeForOneVintageAmbiguous() {
        Tables conflicting = Tables.standard();
        conflicting.fact("russia-china", "trade", "140 billion USD").period("2021").source("Other agency")
                .vintage("2022-01-14");
        TestArticle article = TestArticle.published("2022-03-04", "Russia–China trade reached $147 billion in 2021.");
        Finding finding = Runs.one(conflicting, article, article.claim("$147 billion").period("2021"));
        assertThat(finding.verdict()).isEqualTo(Verdict.AMBIGUOUS);
        assertThat(finding.reason()).isEqualTo(Reason.SOURCES_DISAGREE);
        assertThat(finding.evidence()).extracting(Evidence::source)
                .containsExactlyInAnyOrder("China customs", "Other agency");
        assertThat(finding.evidence()).extracting(Evidence::vintage).containsOnly("2022-01-14");
    }

    @Test
    void confirmsARecordAgainstEarlierPeriods() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Russia–China trade reached a record $147 billion in 2021.");
        Finding finding = Runs.one(tables, article, article.claim("$147 billion").period("2021").record());
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.reason()).isEqualTo(Reason.VALUE_AGREES);
        assertThat(finding.claim().record()).isTrue();
        assertThat(finding.evidence()).singleElement().extracting(Evidence::period).isEqualTo("2021");
    }

    @Test
    void contradictsARecordThatAnEarlierPeriodBeat() {
        TestArticle article = TestArticle.published("2021-03-04",
                "Russia–China trade reached a record $107.8 billion in 2020.");
        Finding finding = Runs.one(tables, article, article.claim("$107.8 billion").period("2020").record()
                .subject("Russia–China trade").predicate("reached"));
        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.reason()).isEqualTo(Reason.NOT_A_RECORD);
        assertThat(finding.evidence()).extracting(Evidence::period).containsExactly("2020", "2019");
        assertThat(finding.evidence()).extracting(Evidence::value)
                .containsExactly("$107.77 billion", "$110.76 billion");
    }

    @Test
    void saysWhenARecordCannotBeChecked() {
        TestArticle article = TestArticle.published("2019-03-04",
                "Russia–China trade reached a record $107.1 billion in 2018.");
        Finding finding = Runs.one(tables, article, article.claim("$107.1 billion").period("2018").record());
        // no earlier period to beat it: the record is not checked, so it cannot be contradicted
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.reason()).isEqualTo(Reason.VALUE_AGREES);
        assertThat(finding.claim().record()).isTrue();
        assertThat(finding.evidence()).singleElement().extracting(Evidence::period).isEqualTo("2018");
    }

    @Test
    void showsTheAnchorOfAResolvedRelativeDate() {
        TestArticle article = TestArticle.published("2022-03-04", "Russia–China trade reached $147 billion last year.");
        Finding finding = Runs.one(tables, article, article.claim("$147 billion").period("2021")
                .resolution("last year = 2021, from the publication date 2022-03-04"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.reason()).isEqualTo(Reason.VALUE_AGREES);
        assertThat(finding.explanation()).startsWith("last year = 2021, from the publication date 2022-03-04; "
                + "claims $147 billion; reference $146.88 billion for 2021");
    }

    @Test
    void leavesAnUnresolvedRelativeDateUnverifiable() {
        TestArticle article = TestArticle.undated("Power of Siberia began operations last year.");
        Finding finding = Runs.one(tables, article, article.claim("last year")
                .value(new Unresolved("last year", "no publication date")));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.NO_PUBLICATION_DATE);
        assertThat(finding.evidence()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Officials expect Russia–China trade to reach $200 billion in 2021.                | $200 billion | expect
            Russia–China trade would reach only about $140 billion in 2021, officials warned. | $140 billion | would reach
            The target for Russia–China trade was $200 billion in 2021.                       | $200 billion | target
            Both governments have pledged to lift Russia–China trade to $200 billion in 2021. | $200 billion | pledged
            The new route will boost Russia–China trade to $200 billion in 2021.               | $200 billion | will boost
            """)
    void neverJudgesAForecastOrTargetAgainstTheOutcome(String sentence, String claim, String marker) {
        TestArticle article = TestArticle.published("2021-03-04", sentence);
        Finding finding = Runs.one(tables, article, article.claim(claim).period("2021"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.FORECAST);
        assertThat(finding.evidence()).isEmpty();
        assertThat(finding.explanation()).as("names the word that makes it a forecast").contains(marker);
    }

    @Test
    void readsForecastWordsFromTheTaggersLemmasAndPartsOfSpeech() {
        TestArticle article = TestArticle.published("2021-03-04",
                "Russia–China trade will likely reach $147 billion in 2021.",
                "Officials are projecting Russia–China trade of $147 billion in 2021.",
                "The project lifted Russia–China trade to $147 billion in 2021.");
        var findings = Runs.verify(tables, article,
                article.claim("$147 billion").period("2021").tagged("Russia–China/NNP trade/NN will/MD likely/RB "
                        + "reach/VB $/$ 147/CD billion/CD in/IN 2021/CD ./."),
                article.claim("$147 billion").occurrence(2).period("2021").tagged("Officials/NNS are/VBP "
                        + "projecting/VBG Russia–China/NNP trade/NN of/IN $/$ 147/CD billion/CD in/IN 2021/CD ./."),
                article.claim("$147 billion").occurrence(3).period("2021").tagged("The/DT project/NN lifted/VBD "
                        + "Russia–China/NNP trade/NN to/TO $/$ 147/CD billion/CD in/IN 2021/CD ./."));
        assertThat(findings).extracting(Finding::reason).containsExactly(Reason.FORECAST, Reason.FORECAST,
                Reason.VALUE_AGREES);
        assertThat(findings.get(0).explanation()).contains("will likely reach");
    }

    @Test
    void judgesATargetAgainstATargetAttributeAndADesignFigureDespiteWould() {
        Tables targets = Tables.standard().measure("trade-target", "target", "goal");
        targets.fact("russia-china", "trade-target", "200 billion USD").period("2024").source("Joint statement");
        TestArticle article = TestArticle.published("2022-03-04",
                "Russia and China set a goal of $200 billion in trade for 2024.",
                "The Power of Siberia pipeline would stretch 3,000 km.");
        var findings = Runs.verify(targets, article, article.claim("$200 billion").period("2024"),
                article.claim("3,000 km"));
        assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.SUPPORTED, Verdict.SUPPORTED);
        assertThat(findings.get(0).evidence().get(0).attribute()).isEqualTo("trade-target");
    }

    @Test
    void neverSupportsOrContradictsAcrossCurrencies() {
        TestArticle article = TestArticle.published("2022-03-04", "Russia–China trade reached \u20ac147 billion in 2021.");
        Finding finding = Runs.one(tables, article, article.claim("\u20ac147 billion").period("2021"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.NO_EXCHANGE_RATE);
        assertThat(finding.evidence()).singleElement().extracting(Evidence::value).isEqualTo("$146.88 billion");
    }

    @Test
    void returnsOneFindingPerClaimInTheClaimsOrder() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Power of Siberia began operations in 2019.", "Russia–China trade reached $147 billion in 2021.",
                "Nothing else happened in 1999.");
        var claims = new TestArticle.ClaimSpec[] {article.claim("1999"), article.claim("$147 billion").period("2021"),
            article.claim("2019")};
        var findings = Runs.verify(tables, article, claims);
        assertThat(findings).extracting(f -> f.claim().text()).containsExactly("1999", "$147 billion", "2019");
        assertThat(findings).extracting(Finding::verdict)
                .containsExactly(Verdict.UNVERIFIABLE, Verdict.SUPPORTED, Verdict.SUPPORTED);
        assertThat(Runs.verify(tables, article, claims)).isEqualTo(findings);
    }
}
