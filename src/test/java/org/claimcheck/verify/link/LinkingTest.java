package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Linking claims to subjects and attributes through the whole verifier. */
class LinkingTest {

    private final Tables tables = Tables.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Power of Siberia pipeline began operations in December 2019.       | December 2019   | The Power of Siberia pipeline | began operations
            Gazprom's Power of Siberia started operating on 2 December 2019.      | 2 December 2019 | Gazprom's Power of Siberia    | started operating
            Sila Sibiri was commissioned in 2019.                                 | 2019            | Sila Sibiri                   | was commissioned
            The POWER-OF-SIBERIA line launches its first gas in 2019.             | 2019            | The POWER-OF-SIBERIA line     | launches
            In 2019, Gazprom said, Power of Siberia began its operations.         | 2019            |                               |
            """)
    void linksAnEventBySubjectAliasAndInflectedVocabulary(String sentence, String claim, String subject,
            String predicate) {
        TestArticle article = TestArticle.published("2022-03-04", sentence);
        Finding finding = Runs.one(tables, article, article.claim(claim).subject(subject).predicate(predicate));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("power-of-siberia");
            assertThat(e.attribute()).isEqualTo("began-operations");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            China-Russia trade reached $147 billion in 2021.                  | China-Russia trade
            Russia–China trade reached $147 billion in 2021.                  | Russia–China trade
            Trade between Russia and China reached $147 billion in 2021.      | Trade between Russia and China
            Sino-Russian trade reached $147 billion in 2021.                  | Sino-Russian trade
            Bilateral trade hit $147 billion in 2021, between China and Russia. | Bilateral trade
            """)
    void linksAPairSubjectWrittenInAnyOrderOrForm(String sentence, String subject) {
        TestArticle article = TestArticle.published("2022-03-04", sentence);
        Finding finding = Runs.one(tables, article, article.claim("$147 billion").subject(subject).predicate("reached")
                .period("2021"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("russia-china");
            assertThat(e.period()).isEqualTo("2021");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russia and China deepened ties. Trade between the two countries reached $147 billion in 2021.
            Moscow and Beijing deepened ties. Trade between the two sides reached $147 billion in 2021.
            Russia courted China for years. Officials met often. Both countries saw trade reach $147 billion in 2021.
            China and Russia met. Bilateral trade reached $147 billion in 2021.
            """)
    void resolvesTheTwoCountriesToAPairJustNamed(String text) {
        TestArticle article = TestArticle.published("2022-03-04", text);
        Finding finding = Runs.one(tables, article, article.claim("$147 billion").period("2021"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).singleElement().extracting(Evidence::subject).isEqualTo("russia-china");
    }

    @Test
    void doesNotResolveTheTwoCountriesWhenThePartiesWereNamedLongAgo() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Russia and China deepened ties.",
                "Officials met. Talks went on. Nothing was agreed.",
                "Trade between the two countries reached $147 billion in 2021.");
        Finding finding = Runs.one(tables, article, article.claim("$147 billion").period("2021"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.SUBJECT_NOT_NAMED);
        assertThat(finding.evidence()).isEmpty();
    }

    @Test
    void readsAFigureReferringBackAsTheContextSubjectsOnlyMeasure() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Trade between Russia and China reached $147 billion in 2021. The precise total, $146.88 billion, was"
                        + " a record.");
        Finding finding = Runs.one(tables, article, article.claim("$146.88 billion").subject("precise total")
                .period("2021"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.reason()).isEqualTo(Reason.VALUE_AGREES);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ASSUMED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("russia-china");
            assertThat(e.attribute()).isEqualTo("trade");
            assertThat(e.period()).isEqualTo("2021");
        });
    }

    @Test
    void neverContradictsAFigureWhoseAttributeWasOnlyAssumedFromContext() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Trade between Russia and China reached $147 billion in 2021. The precise total, $46.88 billion, was"
                        + " a record.");
        Finding finding = Runs.one(tables, article, article.claim("$46.88 billion").subject("precise total")
                .period("2021"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.ASSUMED_LINK);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ASSUMED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.attribute()).isEqualTo("trade");
            assertThat(e.value()).isEqualTo("$146.88 billion");
        });
    }

    @Test
    void readsAFigureReferringBackAsTheOnlyMeasureThatCouldHoldIt() {
        Tables more = Tables.standard().measure("trade-growth", "growth", "grew")
                .measure("trade-target", "target", "goal");
        more.fact("russia-china", "trade-growth", "35.8%").period("2021").source("China customs");
        more.fact("russia-china", "trade-target", "200 billion USD").period("2024").source("Joint statement");
        TestArticle article = TestArticle.published("2022-03-04",
                "Trade between Russia and China reached $147 billion in 2021. The precise total, $146.88 billion, was"
                        + " a record.");
        Finding finding = Runs.one(more, article, article.claim("$146.88 billion").subject("precise total")
                .period("2021"));
        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.reason()).isEqualTo(Reason.VALUE_AGREES);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ASSUMED);
        assertThat(finding.evidence()).singleElement().extracting(Evidence::attribute).isEqualTo("trade");
    }

    @Test
    void readsAYearInTheNameOfASubjectWithSeveralEventsAsTheOneItFits() {
        Tables two = Tables.standard().event("entered-into-force", "entered into force");
        two.fact("treaty-2001", "entered-into-force", "2002-02-28").source("Treaty registry");
        TestArticle article = TestArticle.published("2022-03-04",
                "The 2001 Treaty of Good-Neighbourliness still guides relations.");
        Finding finding = Runs.one(two, article, article.claim("2001").subject("The 2001 Treaty of Good-Neighbourliness"));
        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.reason()).isEqualTo(Reason.VALUE_AGREES);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ASSUMED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("treaty-2001");
            assertThat(e.attribute()).isEqualTo("signed");
        });

        TestArticle neither = TestArticle.published("2022-03-04",
                "The 1999 Treaty of Good-Neighbourliness still guides relations.");
        Finding none = Runs.one(two, neither, neither.claim("1999").subject("The 1999 Treaty of Good-Neighbourliness"));
        assertThat(none.verdict()).as(none.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(none.reason()).isEqualTo(Reason.ATTRIBUTE_NOT_NAMED);
    }

    @Test
    void readsAPhraseInsideALongerPhraseOfAnotherAttributeAsPartOfThatOne() {
        Tables force = Tables.standard().event("signed", "signed", "entered into")
                .event("entered-into-force", "entered into force");
        TestArticle article = TestArticle.published("2022-03-04",
                "The Treaty of Good-Neighbourliness entered into force in 2002.");
        Finding finding = Runs.one(force, article, article.claim("2002")
                .subject("The Treaty of Good-Neighbourliness").predicate("entered into force"));
        // read as "entered into" (signed) it would be linked to the treaty's signing, and contradicted
        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.NO_FACT_FOR_ATTRIBUTE);
        assertThat(finding.evidence()).isEmpty();
    }

    @Test
    void takesABareNameAtTheStartOfASentenceForAProperNameNotADescription() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Power of Siberia is Gazprom's pipeline to China.",
                "Sakhalin began operations on 2 December 2018.");
        Finding finding = Runs.one(tables, article, article.claim("2 December 2018").subject("Sakhalin")
                .predicate("began operations"));
        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void letsAFrontedDateOwnTheEventPhraseAfterItsComma() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Barely a year earlier, on 2 December 2018, the Power of Siberia pipeline began operations.");
        Finding finding = Runs.one(tables, article, article.claim("2 December 2018").subject("Barely a year")
                .predicate("earlier"));
        // the event is the pipeline's; with the subject phrase missed, the link is not firm
        assertThat(finding.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.evidence()).singleElement().extracting(Evidence::attribute).isEqualTo("began-operations");
    }

    @Test
    void neverGivesAnEarlierDateAnEventNamedAfterAnotherEventWord() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Deliveries were put on hold in March 2018 after the Power of Siberia pipeline began operations.");
        Finding finding = Runs.one(tables, article, article.claim("March 2018").subject("Deliveries")
                .predicate("were put on hold"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void turnsToThePrecedingTextWhenNoSubjectTheSentenceNamesHasTheFact() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Power of Siberia is Gazprom's pipeline to China.",
                "The line, officials in Russia and China said, began operations on 2 December 2018.");
        Finding finding = Runs.one(tables, article, article.claim("2 December 2018").subject("The line")
                .predicate("began operations"));
        // "the line" is no word of the pipeline's names: a likely reading, not a firm one
        assertThat(finding.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.evidence()).singleElement().extracting(Evidence::subject).isEqualTo("power-of-siberia");
    }

    @Test
    void followsAPronounObjectBackToThePrecedingSentenceForReviewOnly() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Power of Siberia has had a quiet history.",
                "Vladimir Putin and Xi Jinping launched it by video link on 2 December 2019.");
        Finding supported = Runs.one(tables, article, article.claim("2 December 2019")
                .subject("Vladimir Putin and Xi Jinping").predicate("launched"));
        assertThat(supported.verdict()).as(supported.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(supported.evidence()).singleElement().extracting(Evidence::subject).isEqualTo("power-of-siberia");

        TestArticle wrong = TestArticle.published("2022-03-04",
                "Power of Siberia has had a quiet history.",
                "Vladimir Putin and Xi Jinping launched it by video link on 2 December 2018.");
        Finding conflict = Runs.one(tables, wrong, wrong.claim("2 December 2018")
                .subject("Vladimir Putin and Xi Jinping").predicate("launched"));
        assertThat(conflict.verdict()).as(conflict.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(conflict.reason()).isEqualTo(Reason.WRONG_YEAR);
        assertThat(conflict.link().reason()).contains("object is a pronoun");
    }

    @Test
    void neverReadsAFigureAsAMeasureNoneOfWhoseFactsCouldHoldIt() {
        Tables withGrowth = Tables.standard().measure("trade-growth", "grew", "climbed", "rose");
        withGrowth.fact("russia-china", "trade-growth", "35.8 %").period("2021").source("China customs");
        TestArticle article = TestArticle.published("2022-03-04",
                "Russia–China trade reached $107.77 billion in 2020.",
                "By 2021 the figure had climbed to $146.88 billion.");

        Finding finding = Runs.one(withGrowth, article, article.claim("$146.88 billion").subject("the figure")
                .predicate("had climbed").period("2021"));

        // "climbed" names the growth, in percent: the dollars are the trade itself
        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("russia-china");
            assertThat(e.attribute()).isEqualTo("trade");
        });
    }

    @Test
    void neverContradictsWithASubjectOfThePrecedingTextThatTheClaimsOwnSubjectIsNot() {
        TestArticle plural = TestArticle.published("2022-03-04",
                "Power of Siberia is Gazprom's pipeline to China.",
                "The compressor stations began operations on 2 December 2018.");
        Finding stations = Runs.one(tables, plural, plural.claim("2 December 2018").subject("The compressor stations")
                .predicate("began operations"));
        assertThat(stations.verdict()).as(stations.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(stations.reason()).isEqualTo(Reason.ASSUMED_LINK);
        assertThat(stations.link().strength()).isEqualTo(LinkStrength.ASSUMED);
        assertThat(stations.evidence()).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("power-of-siberia");
            assertThat(e.attribute()).isEqualTo("began-operations");
        });

        TestArticle unknown = TestArticle.published("2022-03-04",
                "Power of Siberia is Gazprom's pipeline to China.",
                "According to the ministry, it was on 2 December 2018 that deliveries began operations.");
        Finding noSubject = Runs.one(tables, unknown, unknown.claim("2 December 2018").predicate("began operations"));
        assertThat(noSubject.verdict()).as(noSubject.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(noSubject.reason()).isEqualTo(Reason.ASSUMED_LINK);
        assertThat(noSubject.link().strength()).isEqualTo(LinkStrength.ASSUMED);
        assertThat(noSubject.evidence()).singleElement().extracting(Evidence::subject).isEqualTo("power-of-siberia");
    }

    @Test
    void sendsAConflictWithASubjectOfThePrecedingTextToReviewWhenTheClaimsSubjectIsOnlyItsSource() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Power of Siberia is Gazprom's pipeline to China.",
                "Some company histories wrongly date the launch to 2 December 2018.");
        Finding finding = Runs.one(tables, article, article.claim("2 December 2018").subject("Some company histories")
                .predicate("date the launch"));
        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.reason()).isEqualTo(Reason.WRONG_YEAR);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.PRECEDING_TEXT);
    }

    @Test
    void neverContradictsWithAFartherSubjectWhenTheNearestHasNoFact() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Reporters covering the launch of Power of Siberia were back in Russia in 2018.");
        Finding finding = Runs.one(tables, article, article.claim("2018").subject("Reporters")
                .predicate("were back"));
        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.ASSUMED_LINK);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ASSUMED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("power-of-siberia");
            assertThat(e.attribute()).isEqualTo("began-operations");
        });
    }

    @Test
    void linksAnAttributeThatNamesItsObjectOnlyWhenThatObjectIsInView() {
        Tables membership = Tables.standard().subject("sco", "Shanghai Cooperation Organisation", "SCO")
                .subject("belarus", "Belarus", "Minsk").event("joined-sco", "joined the SCO", "joined", "join");
        membership.fact("belarus", "joined-sco", "2024-07-04").source("Summit declaration");
        TestArticle elsewhere = TestArticle.published("2022-03-04",
                "Talks on the Union State stalled.", "In 2021 Belarus refused to join the Russian Federation.");
        Finding union = Runs.one(membership, elsewhere, elsewhere.claim("2021").subject("Belarus")
                .predicate("refused to join"));
        assertThat(union.verdict()).as(union.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(union.reason()).isEqualTo(Reason.ASSUMED_LINK);

        TestArticle inView = TestArticle.published("2022-03-04",
                "The SCO met in Astana.", "In 2021 Belarus joined as a full member.");
        Finding sco = Runs.one(membership, inView, inView.claim("2021").subject("Belarus").predicate("joined"));
        assertThat(sco.verdict()).as(sco.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(sco.reason()).isEqualTo(Reason.WRONG_YEAR);
        assertThat(sco.link().reason()).contains("joined-sco names its own object, and the sentence does not name it");

        TestArticle inSentence = TestArticle.published("2022-03-04", "In 2021 Belarus joined the SCO as a full member.");
        Finding named = Runs.one(membership, inSentence, inSentence.claim("2021").subject("Belarus")
                .predicate("joined the SCO"));
        assertThat(named.verdict()).as(named.explanation()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(named.reason()).isEqualTo(Reason.WRONG_YEAR);
    }

    @Test
    void readsAPhraseThatIsWhollyASubjectsAliasAsNoObjectOfTheAttribute() {
        Tables aliases = Tables.standard().subject("eaeu", "Eurasian Economic Union", "EAEU")
                .subject("bilateral-trade", "Russia–China bilateral trade", "bilateral trade");
        aliases.fact("eaeu", "trade", "7.4 trillion RUB").period("2023").source("Government statement");
        TestArticle article = TestArticle.published("2024-05-01",
                "Trade within the EAEU reached 7.4 trillion roubles in 2023.");
        Finding finding = Runs.one(aliases, article, article.claim("7.4 trillion roubles").subject("Trade within the EAEU")
                .predicate("reached").period("2023"));
        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void readsAFigureWithoutPeriodForTheOnePeriodTheArticleStatedForThatMeasure() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Trade between Russia and China reached $146.88 billion in 2021.",
                "A radio bulletin put bilateral trade between Russia and China at $14.7 billion.");
        var findings = Runs.verify(tables, article,
                article.claim("$146.88 billion").subject("Trade between Russia and China").predicate("reached")
                        .period("2021"),
                article.claim("$14.7 billion").subject("A radio bulletin").predicate("put"));
        assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.SUPPORTED, Verdict.CONTRADICTED);
        // stating no period, the figure is judged against 2021's, the one period the article gave for trade
        assertThat(findings.get(1).claim().period()).isNull();
        assertThat(findings.get(1).reason()).isEqualTo(Reason.WRONG_MAGNITUDE);
        assertThat(findings.get(1).evidence()).singleElement().satisfies(e -> {
            assertThat(e.period()).isEqualTo("2021");
            assertThat(e.value()).isEqualTo("$146.88 billion");
        });
    }

    @Test
    void takesTheSubjectFromThePrecedingSentenceWhenTheSentenceNamesNone() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Power of Siberia is Gazprom's pipeline to China.", "The pipeline began operations on 2 December 2018.");
        Finding finding = Runs.one(tables, article, article.claim("2 December 2018").subject("The pipeline")
                .predicate("began operations"));
        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.reason()).isEqualTo(Reason.WRONG_YEAR);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("power-of-siberia");
            assertThat(e.attribute()).isEqualTo("began-operations");
            assertThat(e.value()).isEqualTo("2 December 2019");
        });
    }

    @Test
    void readsASubjectPhraseInEitherSpellingAsPointingAtANameTwoParagraphsUp() {
        Tables sco = Tables.standard().subject("sco", "Shanghai Cooperation Organization", "SCO")
                .event("founded", "founded");
        sco.fact("sco", "founded", "2001-06-15").source("Charter");
        TestArticle article = TestArticle.published("2022-03-04",
                "The Shanghai Cooperation Organization met in Astana.",
                "Leaders spoke for hours. Nothing was agreed. Reporters waited outside.",
                "The organisation was founded in 2002.");
        Finding finding = Runs.one(sco, article, article.claim("2002").subject("The organisation")
                .predicate("was founded"));
        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void neverReadsAPluralNounOfAnEventVerbsStemAsTheEvent() {
        TestArticle nouns = TestArticle.published("2022-03-04",
                "In 2004 the Treaty of Good-Neighbourliness showed signs of strain.");
        Finding strain = Runs.one(tables, nouns, nouns.claim("2004").subject("the Treaty of Good-Neighbourliness")
                .predicate("showed"));
        assertThat(strain.verdict()).as(strain.explanation()).isEqualTo(Verdict.UNVERIFIABLE);

        TestArticle verb = TestArticle.published("2022-03-04",
                "In 2004 the Treaty of Good-Neighbourliness was signed.");
        Finding signed = Runs.one(tables, verb, verb.claim("2004").subject("the Treaty of Good-Neighbourliness")
                .predicate("was signed"));
        assertThat(signed.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void readsANameFollowedByAnotherNounAsAModifierOfThatNoun() {
        TestArticle signedPlan = TestArticle.published("2022-03-04",
                "Russia and China signed the Treaty of Good-Neighbourliness implementation plan in 2004.");
        Finding plan = Runs.one(tables, signedPlan, signedPlan.claim("2004").subject("Russia and China")
                .predicate("signed"));
        assertThat(plan.verdict()).isEqualTo(Verdict.UNVERIFIABLE);

        TestArticle signedTreaty = TestArticle.published("2022-03-04",
                "Russia and China signed the Treaty of Good-Neighbourliness in 2004.");
        Finding treaty = Runs.one(tables, signedTreaty, signedTreaty.claim("2004").subject("Russia and China")
                .predicate("signed"));
        assertThat(treaty.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void neverGivesAPhraseAnotherNameOwnsInThePossessiveToASubjectOfThePrecedingText() {
        TestArticle owned = TestArticle.published("2022-03-04",
                "Russia–China trade keeps growing.", "India's trade reached $50 billion in 2021.");
        Finding india = Runs.one(tables, owned, owned.claim("$50 billion").subject("India's trade")
                .predicate("reached").period("2021"));
        assertThat(india.verdict()).isEqualTo(Verdict.UNVERIFIABLE);

        TestArticle plain = TestArticle.published("2022-03-04",
                "Russia–China trade keeps growing.", "Their trade reached $50 billion in 2021.");
        Finding theirs = Runs.one(tables, plain, plain.claim("$50 billion").subject("Their trade")
                .predicate("reached").period("2021"));
        // a pronoun's antecedent is a guess: the conflict goes to review
        assertThat(theirs.verdict()).as(theirs.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
    }

    @Test
    void prefersTheMostRecentlyNamedSubjectOfThePrecedingText() {
        Tables two = Tables.standard().subject("nord-stream-2", "Nord Stream 2");
        two.fact("nord-stream-2", "began-operations", "2021-09").source("Operator");
        TestArticle article = TestArticle.published("2022-03-04",
                "Nord Stream 2 was finished in 2021.", "Power of Siberia is longer.", "It began operations in 2019.");
        Finding finding = Runs.one(two, article, article.claim("2019").subject("It").predicate("began operations"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence().get(0).subject()).isEqualTo("power-of-siberia");
    }

    @Test
    void takesTheSubjectFromTheTitleWhenThePrecedingTextNamesNone() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Gas has flowed for years.", "Nobody expected it.", "Officials cheered.", "Deliveries began operations in 2019.")
                .titled("Power of Siberia at five");
        Finding finding = Runs.one(tables, article, article.claim("2019").subject("Deliveries"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void neverTakesASubjectFromContextWhenTheSentenceHasItsOwnProperName() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Power of Siberia began operations in 2019.", "Nord Stream 2 began operations in 2021.");
        Finding finding = Runs.one(tables, article, article.claim("2021").subject("Nord Stream 2")
                .predicate("began operations"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.SUBJECT_NOT_IN_TABLES);
        assertThat(finding.evidence()).isEmpty();
    }

    @Test
    void prefersTheSubjectInTheValuesOwnClauseOverANearerOneAcrossAClauseBoundary() {
        Tables two = Tables.standard().subject("nord-stream-2", "Nord Stream 2", "NS2");
        two.fact("nord-stream-2", "began-operations", "2021-09").source("Operator");
        TestArticle article = TestArticle.published("2022-03-04",
                "Power of Siberia began operations in 2019, while Nord Stream 2 was commissioned in 2021.");
        var findings = Runs.verify(two, article, article.claim("2019"), article.claim("2021"));
        assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.SUPPORTED, Verdict.SUPPORTED);
        assertThat(findings.get(0).evidence().get(0).subject()).isEqualTo("power-of-siberia");
        assertThat(findings.get(1).evidence().get(0).subject()).isEqualTo("nord-stream-2");
    }

    @Test
    void givesAnEventPhraseToTheNearestDateOnly() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Power of Siberia began operations in 2019, two years before the 2021 energy crunch.");
        var findings = Runs.verify(tables, article, article.claim("2019"), article.claim("2021"));
        assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.SUPPORTED, Verdict.UNVERIFIABLE);
        assertThat(findings.get(1).reason()).isEqualTo(Reason.ATTRIBUTE_NOT_NAMED);
    }

    @Test
    void givesAnEventPhraseToTheFirstDateAfterItInItsClause() {
        Tables annexation = Tables.standard().subject("crimea-annexation", "Annexation of Crimea", "Crimea")
                .event("annexed", "annexed", "annexation");
        annexation.fact("crimea-annexation", "annexed", "2014-03").source("Report");
        TestArticle article = TestArticle.published("2022-03-04",
                "Tensions rose in 2013 with the annexation of the peninsula of Crimea in March 2014.");
        var findings = Runs.verify(annexation, article, article.claim("2013"), article.claim("March 2014"));
        assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.UNVERIFIABLE, Verdict.SUPPORTED);
    }

    @Test
    void usesMeasureAttributesForAmountsAndEventAttributesForDates() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Power of Siberia, which stretches 3,000 km, began operations in 2019.");
        var findings = Runs.verify(tables, article, article.claim("3,000 km"), article.claim("2019"));
        assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.SUPPORTED, Verdict.SUPPORTED);
        assertThat(findings.get(0).evidence().get(0).attribute()).isEqualTo("length");
        assertThat(findings.get(1).evidence().get(0).attribute()).isEqualTo("began-operations");
    }

    @Test
    void prefersTheLongerMoreSpecificNameOverANameInsideIt() {
        SubjectLinker linker = new SubjectLinker(tables.index().subjects());
        TestArticle article = TestArticle.published("2022-03-04", "Trade between Russia and China reached $147 billion.");
        var candidates = linker.candidates(article.claim("$147 billion").build(), "");
        assertThat(candidates).extracting(c -> c.subject().id()).containsExactly("russia-china");
    }

    @Test
    void prefersTheSubjectPhraseOverOtherNamesInTheSentence() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Signed in Moscow, the Treaty of Good-Neighbourliness was concluded on 16 July 2001 by Russia and China.");
        Finding finding = Runs.one(tables, article, article.claim("16 July 2001")
                .subject("the Treaty of Good-Neighbourliness").predicate("was concluded"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence().get(0).subject()).isEqualTo("treaty-2001");
    }

    @Test
    void readsAYearWrittenIntoANameAsTheDateOfTheSubjectsOnlyEvent() {
        TestArticle article = TestArticle.published("2022-03-04",
                "The 2001 Treaty of Good-Neighbourliness still guides relations.");
        Finding finding = Runs.one(tables, article, article.claim("2001").subject("The 2001 Treaty of Good-Neighbourliness"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.reason()).isEqualTo(Reason.VALUE_AGREES);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ASSUMED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("treaty-2001");
            assertThat(e.attribute()).isEqualTo("signed");
        });
    }

    @Test
    void readsOnlyADateTouchingTheNameAsPartOfIt() {
        TestArticle article = TestArticle.published("2022-03-04",
                "The 2001 Treaty of Good-Neighbourliness was extended in 2021.");
        Finding finding = Runs.one(tables, article, article.claim("2021")
                .subject("The 2001 Treaty of Good-Neighbourliness").predicate("was extended"));
        // the date is the extension's, which the tables do not record, not the treaty's signing
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.ATTRIBUTE_NOT_NAMED);
        assertThat(finding.evidence()).isEmpty();
    }

    @Test
    void neverContradictsAYearInANameOnThatAssumptionAlone() {
        TestArticle article = TestArticle.published("2022-03-04",
                "The 2002 Treaty of Good-Neighbourliness still guides relations.");
        Finding finding = Runs.one(tables, article, article.claim("2002"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.ASSUMED_LINK);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ASSUMED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.attribute()).isEqualTo("signed");
            assertThat(e.value()).isEqualTo("16 July 2001");
        });
    }

    @Test
    void saysWhichSubjectIsMissingWhenNothingMatches() {
        TestArticle article = TestArticle.published("2022-03-04", "The Altai pipeline began operations in 2019.");
        Finding finding = Runs.one(tables, article, article.claim("2019").subject("The Altai pipeline"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.SUBJECT_NOT_IN_TABLES);
        assertThat(finding.explanation()).contains(finding.claim().subject());
    }

    @Test
    void saysWhichAttributeHasNoFactForTheSubject() {
        TestArticle article = TestArticle.published("2022-03-04", "The Power of Siberia was signed off in 2014.");
        Finding finding = Runs.one(tables, article, article.claim("2014").predicate("was signed off"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.NO_FACT_FOR_ATTRIBUTE);
        assertThat(finding.explanation()).contains("Power of Siberia", "signed");
    }

    @Test
    void callsAClaimAmbiguousWhenTwoSubjectsAreEquallyGoodAndDisagree() {
        Tables two = Tables.standard().subject("altai", "Altai pipeline");
        two.fact("altai", "began-operations", "2024").source("Plan");
        TestArticle article = TestArticle.published("2022-03-04",
                "Power of Siberia and the Altai pipeline began operations in 2019.");
        Finding finding = Runs.one(two, article, article.claim("2019").subject("Power of Siberia and the Altai pipeline"));
        assertThat(finding.verdict()).isEqualTo(Verdict.AMBIGUOUS);
        assertThat(finding.reason()).isEqualTo(Reason.AMBIGUOUS_LINK);
        assertThat(finding.evidence()).extracting(Evidence::subject)
                .containsExactlyInAnyOrder("altai", "power-of-siberia");
        assertThat(finding.evidence()).extracting(Evidence::attribute).containsOnly("began-operations");
    }

    @Test
    void neverReadsADateWhoseSentenceNamesNoEventAsTheOnlyEventOfASubjectNamedBefore() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Power of Siberia is Gazprom's pipeline to China.", "Sanctions have applied since 2014.");
        Finding finding = Runs.one(tables, article, article.claim("2014").subject("Sanctions").predicate("applied"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.evidence()).isEmpty();
    }

    @Test
    void neverReadsACountOfSomethingElseAsTheOnlyMeasureOfASubjectNamedBefore() {
        TestArticle article = TestArticle.published("2022-03-04",
                "Russia–China trade reached $146.88 billion in 2021.", "Officials removed more than 60 barriers.");
        Finding finding = Runs.one(tables, article, article.claim("60").subject("Officials").predicate("removed"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.evidence()).isEmpty();
    }

    @Test
    void looksBeyondASourceNamedInTheSubjectPhraseForWhatTheClaimIsAbout() {
        TestArticle article = TestArticle.published("2022-03-04",
                "The Treaty of Good-Neighbourliness was signed on 16 July 2001.",
                "A brochure printed in Moscow dates the signing to 16 July 2002.");
        Finding finding = Runs.one(tables, article, article.claim("16 July 2002").subject("brochure printed in Moscow")
                .predicate("dates the signing"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.evidence()).singleElement().extracting(Evidence::subject).isEqualTo("treaty-2001");
    }
}
