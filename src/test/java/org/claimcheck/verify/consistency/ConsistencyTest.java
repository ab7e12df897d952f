package org.claimcheck.verify.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.claimcheck.extract.Claim;
import org.claimcheck.value.Qualifier;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.LinkBasis;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The article checked against itself: restatements that disagree and changes that do not add up. */
class ConsistencyTest {

    private final Tables tables = Tables.standard();

    @Test
    void leavesTwoDifferentStatementsOfAnUnlinkedFactUnverifiable() {
        // Without a link to the tables, similar words in two sentences often speak of different things.
        TestArticle article = TestArticle.published("2022-03-04",
                "The Altai pipeline began operations in 2018, officials said.",
                "Analysts disagree on much.",
                "The Altai pipeline began operations in 2020.");
        var findings = Runs.verify(tables, article,
                article.claim("2018").subject("The Altai pipeline").predicate("began operations"),
                article.claim("2020").subject("The Altai pipeline").predicate("began operations"));
        assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.UNVERIFIABLE, Verdict.UNVERIFIABLE);
    }

    @Test
    void contradictsTheLaterOfTwoDifferentFiguresForALinkedPeriodTheTablesLack() {
        TestArticle article = TestArticle.published("2023-03-04",
                "Russia–China trade reached $190 billion in 2022.",
                "Russia–China trade hit $185 billion in 2022, up a third.");
        var findings = Runs.verify(tables, article,
                article.claim("$190 billion").period("2022").subject("Russia–China trade").predicate("reached"),
                article.claim("$185 billion").period("2022").subject("Russia–China trade").predicate("hit"));
        assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.UNVERIFIABLE, Verdict.CONTRADICTED);
        assertThat(findings.get(1).evidence().get(0).subject()).isEqualTo("russia-china");
        assertThat(findings.get(1).evidence().get(0).attribute()).isEqualTo("trade");
    }

    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource(delimiter = '|', textBlock = """
            $190 billion | $190.2 billion
            $190 billion | $189.5bn
            $0.19 trillion | $190 billion
            """)
    void acceptsARestatementThatAgreesAtItsPrecision(String first, String second) {
        TestArticle article = TestArticle.published("2023-03-04",
                "Russia–China trade reached " + first + " in 2022.", "Russia–China trade hit " + second + " in 2022.");
        var findings = Runs.verify(tables, article, article.claim(first).period("2022"),
                article.claim(second).period("2022"));
        assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.UNVERIFIABLE);
    }

    @Test
    void readsAboutARoundFigureAsItsOrderWhenTheArticleRestatesIt() {
        TestArticle article = TestArticle.published("2023-03-04",
                "Russia–China trade reached about $200 billion in 2022.",
                "Russia–China trade hit $185 billion in 2022.");
        var findings = Runs.verify(tables, article,
                article.claim("$200 billion").qualifier(Qualifier.APPROXIMATELY).period("2022")
                        .subject("Russia–China trade").predicate("reached"),
                article.claim("$185 billion").period("2022").subject("Russia–China trade").predicate("hit"));
        assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.UNVERIFIABLE);
    }

    @Test
    void doesNotCompareMeasuresThatStateNoPeriod() {
        TestArticle article = TestArticle.published("2023-03-04",
                "Kazakh trade reached $20 billion.", "Kazakh trade reached $25 billion.");
        var findings = Runs.verify(tables, article,
                article.claim("$20 billion").subject("Kazakh trade").predicate("reached"),
                article.claim("$25 billion").subject("Kazakh trade").predicate("reached"));
        assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.UNVERIFIABLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Altai project ran between 2015 and 2020.                       | 2015 | 2020 | The Altai project | ran
            Altai trade reached $20 billion in 2015. Altai trade reached $25 billion in 2016. | 2015 | 2016 | Altai trade | reached
            It began in 2015. It began in 2016.                                | 2015 | 2016 | It                | began
            """)
    void doesNotTakeRangesPeriodsOrPronounsForRestatements(String text, String first, String second, String subject,
            String predicate) {
        TestArticle article = TestArticle.published("2023-03-04", text);
        List<TestArticle.ClaimSpec> claims = new ArrayList<>(List.of(
                article.claim(first).subject(subject).predicate(predicate),
                article.claim(second).subject(subject).predicate(predicate)));
        if (text.contains("$")) {
            claims.add(article.claim("$20 billion").subject(subject).predicate(predicate).period("2015"));
            claims.add(article.claim("$25 billion").subject(subject).predicate(predicate).period("2016"));
        }
        var findings = Runs.verify(tables, article, claims.toArray(TestArticle.ClaimSpec[]::new));
        assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.UNVERIFIABLE);
    }

    @Test
    void neverUsesAStatementTheTablesContradictedAsEvidence() {
        TestArticle article = TestArticle.published("2022-03-04", "Altai began in 2016.", "Altai began in 2019.");
        Claim first = article.claim("2016").subject("Altai").predicate("began").build();
        Claim second = article.claim("2019").subject("Altai").predicate("began").build();
        StatementKey key = new StatementKey("linked|altai|began||date", "altai", "began");
        Finding contradicted = new Finding(first, Verdict.CONTRADICTED, Reason.WRONG_YEAR, List.of(), "by a table");
        Finding unverifiable = new Finding(second, Verdict.UNVERIFIABLE, Reason.NO_FACT_FOR_PERIOD, List.of(),
                "no table");
        var statements = List.of(new Restatements.Statement(first, contradicted, Optional.of(key)),
                new Restatements.Statement(second, unverifiable, Optional.of(key)));
        assertThat(Restatements.check(1, statements)).isEmpty();
        LinkBasis firm = new LinkBasis(LinkStrength.ARGUMENT, "began governs the value");
        Finding firmFirst = new Finding(first, Verdict.UNVERIFIABLE, Reason.NO_FACT_FOR_PERIOD, List.of(),
                "no table", firm);
        Finding firmSecond = new Finding(second, Verdict.UNVERIFIABLE, Reason.NO_FACT_FOR_PERIOD, List.of(),
                "no table", firm);
        var trusted = List.of(new Restatements.Statement(first, firmFirst, Optional.of(key)),
                new Restatements.Statement(second, firmSecond, Optional.of(key)));
        assertThat(Restatements.check(1, trusted)).get().extracting(Finding::verdict).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void sendsARestatementToReviewWhenEitherStatementIsNotFirmlyLinked() {
        TestArticle article = TestArticle.published("2022-03-04", "Altai began in 2016.", "Altai began in 2019.");
        Claim first = article.claim("2016").subject("Altai").predicate("began").build();
        Claim second = article.claim("2019").subject("Altai").predicate("began").build();
        StatementKey key = new StatementKey("linked|altai|began||date", "altai", "began");
        Finding weak = new Finding(first, Verdict.UNVERIFIABLE, Reason.NO_FACT_FOR_PERIOD, List.of(), "no table",
                new LinkBasis(LinkStrength.PRECEDING_TEXT, "subject taken from the preceding text"));
        Finding firm = new Finding(second, Verdict.UNVERIFIABLE, Reason.NO_FACT_FOR_PERIOD, List.of(), "no table",
                new LinkBasis(LinkStrength.ARGUMENT, "began governs the value"));
        var statements = List.of(new Restatements.Statement(first, weak, Optional.of(key)),
                new Restatements.Statement(second, firm, Optional.of(key)));

        Finding restated = Restatements.check(1, statements).orElseThrow();

        assertThat(restated.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(restated.reason()).isEqualTo(Reason.CONTRADICTS_ARTICLE);
        assertThat(restated.link().firm()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trade rose 20% from $110 billion in 2020 to $147 billion in 2021.  | 20%     | 20%  | CONTRADICTED
            Trade rose 34% from $110 billion in 2020 to $147 billion in 2021.  | 34%     | 34%  | UNVERIFIABLE
            Trade rose 33.6% from $110bn to $147bn.                            | 33.6%   | 33.6% | UNVERIFIABLE
            Trade fell 20% from $147 billion to $110 billion.                  | 20%     | 20%  | CONTRADICTED
            Trade fell 25% from $147 billion to $110 billion.                  | 25%     | 25%  | UNVERIFIABLE
            Trade rose 25% from $147 billion to $110 billion.                  | 25%     | 25%  | CONTRADICTED
            Trade changed by 25% from $147 billion to $110 billion.            | 25%     | 25%  | UNVERIFIABLE
            Trade doubled from $110 billion to $147 billion.                   | doubled | 2    | CONTRADICTED
            Trade doubled from $110 billion to $225 billion.                   | doubled | 2    | UNVERIFIABLE
            Trade grew by a third from $110 billion to $147 billion.           | a third | 0.33 | UNVERIFIABLE
            Trade grew by a half from $110 billion to $147 billion.            | a half  | 0.5  | CONTRADICTED
            Trade went from $110 billion to $147 billion, up 20%.              | 20%     | 20%  | CONTRADICTED
            Trade went from $110 billion in 2020 to $147 billion in 2021 (up 34%). | 34%  | 34%  | UNVERIFIABLE
            Trade went from $110 billion to $220 billion, doubling.            | doubling | 2   | UNVERIFIABLE
            Trade went from $110 billion to $147 billion, doubling.            | doubling | 2   | CONTRADICTED
            China's 20% share grew from $110 billion to $147 billion.          | 20%     | 20%  | UNVERIFIABLE
            Trade grew from $110 billion to $147 billion, and tariffs are 20%. | 20%     | 20%  | UNVERIFIABLE
            """)
    void checksAChangeAgainstTheFiguresItsSentenceGives(String sentence, String change, String value,
            Verdict verdict) {
        TestArticle article = TestArticle.published("2022-03-04", sentence);
        var amounts = Pattern.compile("\\$\\d+(?: billion|bn)").matcher(sentence).results().map(MatchResult::group).toList();
        Finding finding = Runs.verify(tables, article, article.claim(change).value(value),
                article.claim(amounts.get(0)), article.claim(amounts.get(1))).get(0);
        assertThat(finding.verdict()).isEqualTo(verdict);
        if (verdict == Verdict.CONTRADICTED) {
            assertThat(finding.reason()).isEqualTo(Reason.ARITHMETIC);
            assertThat(finding.evidence()).extracting(Evidence::table).containsOnly("news/test.txt");
            // the "from" figure, then the "to" figure, that give the change
            assertThat(finding.evidence()).extracting(Evidence::value).containsExactly(amounts.get(0), amounts.get(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Exports slid 20% year-on-year from $110 billion to $147 billion. | 20% \
              | Exports/NNS slid/VBD 20/CD %/NN year-on-year/JJ from/IN $/$ 110/CD billion/CD to/TO $/$ 147/CD \
                billion/CD ./. \
              | CONTRADICTED
            Exports rose 20% year-on-year from $110 billion to $147 billion. | 20% \
              | Exports/NNS rose/VBD 20/CD %/NN year-on-year/JJ from/IN $/$ 110/CD billion/CD to/TO $/$ 147/CD \
                billion/CD ./. \
              | CONTRADICTED
            Exports went from $110 billion to $147 billion, an annual increase of 34%. \
              | 34% \
              | Exports/NNS went/VBD from/IN $/$ 110/CD billion/CD to/TO $/$ 147/CD billion/CD ,/, an/DT annual/JJ \
                increase/NN of/IN 34/CD %/NN ./. \
              | UNVERIFIABLE
            Exports went from $110 billion to $147 billion, an annual increase of 20%. \
              | 20% \
              | Exports/NNS went/VBD from/IN $/$ 110/CD billion/CD to/TO $/$ 147/CD billion/CD ,/, an/DT annual/JJ \
                increase/NN of/IN 20/CD %/NN ./. \
              | CONTRADICTED
            Exports went from $110 billion to $147 billion, the sector's share 20%. | 20% \
              | Exports/NNS went/VBD from/IN $/$ 110/CD billion/CD to/TO $/$ 147/CD billion/CD ,/, the/DT sector/NN \
                's/POS share/NN 20/CD %/NN ./. \
              | UNVERIFIABLE
            """)
    void readsTheChangeAndItsFiguresFromTheTaggersWords(String sentence, String change, String words,
            Verdict verdict) {
        TestArticle article = TestArticle.published("2022-03-04", sentence);
        Finding finding = Runs.verify(tables, article, article.claim(change).tagged(words),
                article.claim("$110 billion").tagged(words), article.claim("$147 billion").tagged(words)).get(0);
        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(verdict);
    }

    @Test
    void leavesTheArithmeticAloneWhenATableDecidesTheClaim() {
        Tables withGrowth = Tables.standard().measure("trade-growth", "rose", "grew");
        withGrowth.fact("russia-china", "trade-growth", "35.8%").period("2021").source("China customs");
        TestArticle article = TestArticle.published("2022-03-04",
                "Russia–China trade rose 36% in 2021, from $110 billion to $147 billion.");
        Finding finding = Runs.verify(withGrowth, article, article.claim("36%").period("2021").predicate("rose"),
                article.claim("$110 billion"), article.claim("$147 billion")).get(0);
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.reason()).isEqualTo(Reason.VALUE_AGREES);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.attribute()).isEqualTo("trade-growth");
            assertThat(e.value()).isEqualTo("35.8%");
            assertThat(e.period()).isEqualTo("2021");
        });
    }

    @Test
    void neverReadsAClaimAboutAnotherFactAsARestatement() {
        TestArticle article = TestArticle.published("2022-03-04",
                "The Power of Siberia pipeline began operations in 2019.",
                "Power of Siberia engineers began operations at a new site in 2021.");
        var findings = Runs.verify(tables, article,
                article.claim("2019").subject("Power of Siberia pipeline").predicate("began operations"),
                article.claim("2021").subject("Power of Siberia engineers").predicate("began operations"));

        assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.SUPPORTED, Verdict.UNVERIFIABLE);
        assertThat(findings.get(1).reason()).isEqualTo(Reason.OTHER_FACT);
    }

    @Test
    void neverHoldsAStatementAgainstALinkThatIsAnAssumption() {
        Tables founded = Tables.create().subject("g20", "Group of Twenty", "G20").event("founded", "founded");
        founded.fact("g20", "founded", "1999").source("G20");
        TestArticle article = TestArticle.published("2022-03-04", "The G20 was founded in 1999.",
                "The theme of the 2006 G20 ministerial meeting was growth.");
        var findings = Runs.verify(founded, article,
                article.claim("1999").subject("G20").predicate("was founded"),
                article.claim("2006").subject("2006 G20 ministerial meeting").predicate("was"));

        // "2006" before the name is read as the G20's only event in the tables only as an assumption.
        assertThat(findings.get(0).verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(findings.get(1).verdict()).as(findings.get(1).explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(findings.get(1).reason()).isNotEqualTo(Reason.CONTRADICTS_ARTICLE);
    }
}
