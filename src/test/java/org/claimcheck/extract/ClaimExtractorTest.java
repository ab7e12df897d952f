package org.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Unresolved;
import org.claimcheck.value.ValueGrammar;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> extract(SentenceFixture f) {
        return extractor.extract(f.build());
    }

    @Test
    void readsMoneyFromSurfaceTextAndLinksTheYearAsItsPeriod() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Bilateral/JJ trade/NN reached/VBD a/DT record/NN $/$ 147/CD billion/CD in/IN 2021/CD ./.")
                .mention("MONEY", "$147 billion", "$1.47E11").mention("DATE", "2021", "2021"));

        assertThat(claims).hasSize(1);
        Claim c = claims.get(0);
        assertThat(c.kind()).isEqualTo(ClaimKind.MONEY);
        assertThat(c.text()).isEqualTo("$147 billion");
        assertThat(((Amount) c.value()).number()).isEqualByComparingTo(new BigDecimal("147e9"));
        assertThat(((Amount) c.value()).unit().code()).isEqualTo("USD");
        assertThat(c.period()).isEqualTo(DateValue.year(2021));
        assertThat(c.record()).isTrue();
        assertThat(c.subject()).isEqualTo("Bilateral trade");
        assertThat(c.predicate()).isEqualTo("reached");
    }

    @Test
    void repairsDecimalAmountsWhoseAbbreviatedMultiplierCoreNlpDropped() {
        List<Claim> claims = extract(SentenceFixture.of("The/DT company/NN raised/VBD $/$ 1.13/CD bn/CD ./.")
                .mention("MONEY", "$1.13bn", "$1.13"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("$1.13bn");
            assertThat(((Amount) c.value()).number()).isEqualByComparingTo(new BigDecimal("1.13e9"));
        });
    }

    @Test
    void joinsNumberAndMultiplierSplitIntoTwoMentionsAndPullsInTheCurrencyWord() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Moscow/NNP pledged/VBD 1.5/CD bn/CD roubles/NNS ./.")
                .mention("NUMBER", "1.5", "1.5").mention("NUMBER", "bn", "1.0E9"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.MONEY);
            assertThat(c.text()).isEqualTo("1.5bn roubles");
            assertThat(((Amount) c.value()).unit().code()).isEqualTo("RUB");
        });
    }

    @Test
    void pullsUnitsOutsideTheNumberSpanIntoQuantities() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT pipeline/NN carries/VBZ up/RP to/IN 38/CD billion/CD cubic/JJ metres/NNS a/DT year/NN ./.")
                .mention("NUMBER", "38 billion", "<=3.8E10"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.QUANTITY);
            assertThat(c.text()).isEqualTo("38 billion cubic metres");
            assertThat(c.qualifier()).isEqualTo(Qualifier.AT_MOST);
            assertThat(((Amount) c.value()).unit().dimension()).isEqualTo("volume");
        });
    }

    @Test
    void readsAYearLikeNumberBeforeAUnitOfMeasureAsThatMeasure() {
        List<Claim> length = extract(SentenceFixture.of(
                "The/DT total/JJ length/NN of/IN the/DT pipeline/NN is/VBZ 1776/CD km/NN ./.")
                .mention("DATE", "1776", "1776"));
        List<Claim> prices = extract(SentenceFixture.of(
                "Output/NN was/VBD worth/JJ $/$ 5/CD billion/CD in/IN 1990/CD dollars/NNS ./.")
                .mention("MONEY", "$5 billion", "$5.0E9").mention("DATE", "1990", "1990"));
        List<Claim> duration = extract(SentenceFixture.of(
                "The/DT lease/NN ran/VBD until/IN 2050/CD years/NNS later/RB ./.")
                .mention("DATE", "2050", "2050"));

        assertThat(length).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.QUANTITY);
            assertThat(c.text()).isEqualTo("1776 km");
            assertThat(((Amount) c.value()).unit().dimension()).isEqualTo("length");
        });
        assertThat(prices).extracting(Claim::text).containsExactly("$5 billion");
        assertThat(duration).extracting(Claim::kind).containsExactly(ClaimKind.DATE);
    }

    @Test
    void readsAYearWithTheLastDigitsOfALaterOneAsASpanAndLeavesTwoConsecutiveYearsUnread() {
        List<Claim> span = extract(SentenceFixture.of(
                "Milk/NN output/NN was/VBD 146.3/CD million/CD tonnes/NNS between/IN 2011/CD -/HYPH 14/CD "
                        + "and/CC 163.7/CD million/CD tonnes/NNS between/IN 2014/CD -/HYPH 17/CD ./.")
                .mention("NUMBER", "146.3 million", "1.463E8")
                .mention("NUMBER", "2011-14 and 163.7 million", "2011.0 - 14.0-1.637E8")
                .mention("NUMBER", "2014-17", "2014.0 - 17.0"));
        List<Claim> fiscal = extract(SentenceFixture.of(
                "Milk/NN output/NN was/VBD 146.3/CD million/CD tonnes/NNS in/IN 2014/CD -/HYPH 15/CD ./.")
                .mention("NUMBER", "146.3 million", "1.463E8").mention("NUMBER", "2014-15", "2014.0 - 15.0"));

        // Each span is the period of the figure before it.
        assertThat(span).extracting(Claim::text).containsExactly("146.3 million tonnes", "163.7 million tonnes");
        assertThat(span).extracting(Claim::period).containsExactly(ValueGrammar.requireDate("2011/2014"),
                ValueGrammar.requireDate("2014/2017"));
        assertThat(fiscal).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("146.3 million tonnes");
            assertThat(c.period()).isNull();
        });
    }

    @Test
    void readsHedgesOutsideTheMentionSpan() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Trade/NN was/VBD worth/JJ more/JJR than/IN $/$ 200/CD billion/CD ,/, nearly/RB 30/CD %/NN "
                        + "of/IN the/DT total/NN ./.")
                .mention("MONEY", "$200 billion", ">$2.0E11").mention("PERCENT", "30%", "~%30.0"));

        assertThat(claims).extracting(Claim::qualifier).containsExactly(Qualifier.MORE_THAN, Qualifier.NEARLY);
    }

    @Test
    void keepsTheTreatyYearAsADateAboutTheTreatyName() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT 2001/CD Treaty/NNP of/IN Good/NNP -/HYPH Neighborliness/NNP set/VBD the/DT tone/NN ./.")
                .mention("DATE", "2001", "2001"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(DateValue.year(2001));
            assertThat(c.subject()).isEqualTo("Treaty of Good-Neighborliness");
        });
    }

    @Test
    void takesTheThingAFigureDescribesBeforeItsNameAsTheSubject() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT GBT/NNP has/VBZ surpassed/VBN Japan/NNP 's/POS 53.9/CD -/HYPH kilometre/NN Seikan/NN "
                        + "tunnel/NN as/IN the/DT longest/JJS train/NN tunnel/NN ./.")
                .mention("NUMBER", "53.9", "53.9"));

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo("Seikan tunnel"));
    }

    @Test
    void leavesTheUnitOfAValueOutOfTheSubjectItDescribes() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT 4.98/CD km/NN -/HYPH long/JJ bridge/NN is/VBZ situated/VBN near/IN the/DT town/NN ./.")
                .mention("NUMBER", "4.98", "4.98"));

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo("bridge"));
    }

    @Test
    void readsNoNameAfterAFigureInAHeadline() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Russia/NNP Sends/VBZ 2,000/CD Troops/NNS To/TO Kazakhstan/NNP")
                .mention("NUMBER", "2,000", "2000.0"));

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo("Russia"));
    }

    @Test
    void findsSubjectAndPredicateWhenTheDateOpensTheSentence() {
        List<Claim> claims = extract(SentenceFixture.of(
                "In/IN December/NNP 2019/CD ,/, the/DT Power/NN of/IN Siberia/NNP pipeline/NN began/VBD "
                        + "operations/NNS ./.")
                .mention("DATE", "December 2019", "2019-12"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(DateValue.month(2019, 12));
            assertThat(c.subject()).isEqualTo("Power of Siberia pipeline");
            assertThat(c.predicate()).isEqualTo("began operations");
            assertThat(c.period()).isNull();
        });
    }

    @Test
    void takesTheSubjectFromBeforeAParticipleClauseBetweenCommas() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT first/JJ summit/NN ,/, also/RB held/VBN in/IN Yekaterinburg/NNP ,/, commenced/VBD "
                        + "on/IN 16/CD June/NNP 2009/CD ./.")
                .mention("DATE", "16 June 2009", "2009-06-16"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("first summit");
            assertThat(c.predicate()).isEqualTo("commenced");
        });
    }

    @Test
    void narrowsAYearPeriodToTheQuarterOrHalfTheWordsBeforeItName() {
        List<Claim> quarter = extract(SentenceFixture.of(
                "Vale/NNP 's/POS production/NN surged/VBD to/TO 89.4/CD million/CD tonnes/NNS in/IN the/DT last/JJ "
                        + "quarter/NN of/IN 2023/CD ./.")
                .mention("NUMBER", "89.4 million", "8.94E7").mention("DATE", "the last quarter of 2023", "2023"));
        List<Claim> half = extract(SentenceFixture.of(
                "In/IN the/DT first/JJ half/NN of/IN 2022/CD ,/, exports/NNS reached/VBD $/$ 40/CD billion/CD ./.")
                .mention("DATE", "the first half of 2022", "2022").mention("MONEY", "$40 billion", "$4.0E10"));
        List<Claim> year = extract(SentenceFixture.of(
                "Exports/NNS reached/VBD $/$ 50/CD billion/CD in/IN 2022/CD ./.")
                .mention("MONEY", "$50 billion", "$5.0E10").mention("DATE", "2022", "2022"));

        assertThat(quarter).singleElement().extracting(Claim::period).isEqualTo(DateValue.quarter(2023, 4));
        assertThat(half).singleElement().extracting(Claim::period)
                .isEqualTo(DateValue.range(DateValue.month(2022, 1), DateValue.month(2022, 6)));
        assertThat(year).singleElement().extracting(Claim::period).isEqualTo(DateValue.year(2022));
    }

    @Test
    void readsTheMainVerbPastAParticipleThatOnlySaysWhatANounIsAbout() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Vladimir/NNP Putin/NNP signed/VBD the/DT resolution/NN pertaining/VBG to/TO Russia/NNP 's/POS "
                        + "ratification/NN of/IN the/DT Kyoto/NNP Protocol/NNP on/IN November/NNP 4/CD ,/, 2004/CD ./.")
                .mention("DATE", "November 4, 2004", "2004-11-04"));

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.predicate()).startsWith("signed"));
    }

    @Test
    void takesTheSubjectFromBeforeARelativeClauseBetweenCommas() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT pipeline/NN ,/, which/WDT runs/VBZ through/IN Siberia/NNP ,/, began/VBD operations/NNS "
                        + "in/IN 2019/CD ./.")
                .mention("DATE", "2019", "2019"));

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo("pipeline"));
    }

    @Test
    void keepsTheSubjectOfAParticipleSetOffByOneComma() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT treaty/NN ,/, signed/VBN in/IN Moscow/NNP on/IN 16/CD July/NNP 2001/CD ,/, "
                        + "set/VBD the/DT tone/NN ./.")
                .mention("DATE", "16 July 2001", "2001-07-16"));

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo("treaty"));
    }

    @Test
    void takesTheSubjectOfTheVerbAnInfinitiveDependsOn() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Full/JJ membership/NN was/VBD scheduled/VBN to/TO take/VB effect/NN on/IN 1/CD January/NNP "
                        + "2024/CD ./.")
                .mention("DATE", "1 January 2024", "2024-01-01"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("Full membership");
            assertThat(c.predicate()).startsWith("take effect");
        });
    }

    @Test
    void takesTheSubjectFromBeforeTheValuesPreposition() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT general/JJ election/NN in/IN November/NNP 2023/CD led/VBD to/TO a/DT change/NN ./.")
                .mention("DATE", "November 2023", "2023-11"));

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo("general election"));
    }

    @Test
    void givesCoordinatedVerbsTheFirstOnesSubject() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Uzbekistan/NNP withdrew/VBD from/IN GUAM/NNP in/IN 2005/CD and/CC then/RB joined/VBD the/DT "
                        + "CSTO/NNP in/IN 2006/CD ./.")
                .mention("DATE", "2005", "2005").mention("DATE", "2006", "2006"));

        assertThat(claims).extracting(Claim::subject).containsExactly("Uzbekistan", "Uzbekistan");
        assertThat(claims).extracting(Claim::predicate).last().asString().startsWith("joined");
    }

    @Test
    void joinsBetweenXAndYIntoOneRange() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Relations/NNS improved/VBD between/IN 2015/CD and/CC 2020/CD ./.")
                .mention("DATE", "2015", "2015").mention("DATE", "and", "2015/2020").mention("DATE", "2020", "2020"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("2015 and 2020");
            assertThat(c.value()).isEqualTo(DateValue.range(DateValue.year(2015), DateValue.year(2020)));
        });
    }

    @Test
    void readsTwoYearsInBracketsAfterANameAsTheSpanOfThatName() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT Sino-Soviet/JJ split/NN (/-LRB- 1956/CD \u2013/SYM 1966/CD )/-RRB- ended/VBD the/DT alliance/NN ./.")
                .mention("DATE", "1956", "1956").mention("DATE", "1966", "1966"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(DateValue.range(DateValue.year(1956), DateValue.year(1966)));
            assertThat(c.subject()).isEqualTo("Sino-Soviet split");
            assertThat(c.predicate()).isNull();
        });
    }

    @Test
    void splitsAYearAndARelativeDateThatCoreNlpJoinedAndCountsTheRelativeOneFromThePublicationDate() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Vostok/NNP 2022/CD ,/, three/CD years/NNS ago/RB ,/, was/VBD also/RB scaled/VBN down/RP ./.")
                .mention("DATE", "2022, three years ago", "2019").published("2025-09-20"));

        assertThat(claims).extracting(Claim::text).containsExactly("2022", "three years ago");
        assertThat(claims).extracting(Claim::value).containsExactly(DateValue.year(2022), DateValue.year(2022));
    }

    @Test
    void splitsAYearInANameFromTheDateThatFollowsItWithIn() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT exercise/NN Zapad/NNP 2021/CD in/IN September/NNP 2021/CD involved/VBD 200,000/CD troops/NNS ./.")
                .mention("DATE", "2021 in September 2021", "2021-09").mention("NUMBER", "200,000", "200000.0"));

        assertThat(claims).extracting(Claim::text).containsExactly("2021", "September 2021", "200,000");
        assertThat(claims).extracting(Claim::value).startsWith(DateValue.year(2021), DateValue.month(2021, 9));
        assertThat(claims.get(1).subject()).isEqualTo("exercise Zapad 2021");
        assertThat(claims.get(1).predicate()).isEqualTo("involved");
    }

    @Test
    void keepsAYearAndTheMonthThatNarrowsItInOneMention() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT conference/NN met/VBD in/IN Hong/NNP Kong/NNP 2005/CD in/IN December/NNP ./.")
                .mention("DATE", "2005 in December", "2005-12"));

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(DateValue.month(2005, 12)));
    }

    @Test
    void readsAWeekdayAsTheDayItNamesBeforeThePublicationDate() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Belarus/NNP became/VBD a/DT full/JJ member/NN on/IN Thursday/NNP ./.")
                .mention("DATE", "Thursday", "2024-07-04").published("2024-07-04"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(DateValue.day(2024, 7, 4));
            assertThat(c.isWeekday()).isTrue();
            assertThat(c.resolution()).contains("from the publication date 2024-07-04");
        });
    }

    @Test
    void givesADateAfterAClauseMeasuredFromAnotherEventToTheMainClause() {
        List<Claim> measured = extract(SentenceFixture.of("Twenty/CD years/NNS after/IN the/DT treaty/NN was/VBD "
                + "signed/VBN ,/, in/IN 2021/CD ,/, the/DT leaders/NNS met/VBD ./.")
                .mention("DATE", "2021", "2021"));
        List<Claim> apposed = extract(SentenceFixture.of("After/IN the/DT treaty/NN was/VBD signed/VBN ,/, in/IN "
                + "2001/CD ,/, relations/NNS improved/VBD ./.")
                .mention("DATE", "2001", "2001"));

        assertThat(measured).singleElement().satisfies(c -> assertThat(c.predicate()).isEqualTo("met"));
        assertThat(apposed).singleElement().satisfies(c -> assertThat(c.predicate()).isEqualTo("was signed"));
    }

    @Test
    void readsTheSubjectAndVerbAcrossABracketedAsideAfterTheSubject() {
        List<Claim> dateFirst = extract(SentenceFixture.of("On/IN 1/CD December/NNP 1998/CD the/DT European/NNP "
                + "Central/NNP Bank/NNP (/-LRB- ECB/NNP )/-RRB- was/VBD formally/RB established/VBN ./.")
                .mention("DATE", "1 December 1998", "1998-12-01"));
        List<Claim> dateLast = extract(SentenceFixture.of("Construction/NN of/IN the/DT Great/NNP Siberian/NNP "
                + "Route/NNP (/-LRB- now/RB known/VBN as/IN the/DT Trans-Siberian/NNP Railway/NNP )/-RRB- was/VBD "
                + "completed/VBN in/IN 1916/CD ./.").mention("DATE", "1916", "1916"));

        List<Claim> relative = extract(SentenceFixture.of("It/PRP replaced/VBD the/DT European/NNP Monetary/NNP "
                + "Institute/NNP (/-LRB- EMI/NNP )/-RRB- ,/, which/WDT had/VBD been/VBN set/VBN up/RP in/IN 1994/CD ./.")
                .mention("DATE", "1994", "1994"));

        assertThat(relative).singleElement().satisfies(c -> assertThat(c.subject())
                .isEqualTo("European Monetary Institute"));
        assertThat(dateFirst).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("European Central Bank");
            assertThat(c.predicate()).isEqualTo("established");
        });
        assertThat(dateLast).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("Construction of the Great Siberian Route");
            assertThat(c.predicate()).isEqualTo("was completed");
        });
    }

    @Test
    void givesADayWithoutItsYearTheYearOfTheDateItIsListedWith() {
        List<Claim> days = extract(SentenceFixture.of("The/DT treaties/NNS were/VBD signed/VBN on/IN 9/CD October/NNP "
                + "and/CC 23/CD December/NNP 2014/CD ./.").mention("DATE", "9 October", "2016-10-09")
                .mention("DATE", "23 December 2014", "2014-12-23").published("2016-10-01"));
        List<Claim> yearAlone = extract(SentenceFixture.of("It/PRP opened/VBD on/IN August/NNP 2/CD and/CC 2014/CD "
                + "was/VBD good/JJ ./.").mention("DATE", "August 2", "2016-08-02").mention("DATE", "2014", "2014")
                .published("2016-10-01"));

        assertThat(days).extracting(Claim::value).containsExactly(DateValue.day(2014, 10, 9),
                DateValue.day(2014, 12, 23));
        assertThat(days.get(0).yearNotStated()).as("the text states the year, after the day").isFalse();
        assertThat(yearAlone.get(0).value()).isEqualTo(DateValue.day(2016, 8, 2));
    }

    @Test
    void readsLastAndAMonthAsTheMostRecentSuchMonthBeforeTheMonthOfWriting() {
        List<Claim> september = extract(SentenceFixture.of("Last/JJ March/NNP ,/, the/DT ICC/NNP issued/VBD "
                + "a/DT warrant/NN ./.").mention("DATE", "Last March", "2023-03").published("2024-09-03"));
        List<Claim> march = extract(SentenceFixture.of("Last/JJ March/NNP ,/, the/DT ICC/NNP issued/VBD "
                + "a/DT warrant/NN ./.").mention("DATE", "Last March", "2023-03").published("2024-03-20"));

        assertThat(september).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(DateValue.month(2024, 3));
            assertThat(c.yearNotStated()).as("the year is the writer's reckoning").isTrue();
        });
        assertThat(march).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(DateValue.month(2023, 3)));
    }

    @Test
    void readsADayWithoutItsYearInAClauseAboutThePastAsTheLastOneBeforePublication() {
        List<Claim> past = extract(SentenceFixture.of(
                "The/DT unit/NN was/VBD connected/VBN to/TO the/DT grid/NN on/IN August/NNP 2/CD ./.")
                .mention("DATE", "August 2", "2017-08-02").published("2017-03-31"));
        List<Claim> future = extract(SentenceFixture.of(
                "The/DT unit/NN will/MD be/VB connected/VBN to/TO the/DT grid/NN on/IN August/NNP 2/CD ./.")
                .mention("DATE", "August 2", "2017-08-02").published("2017-03-31"));
        List<Claim> present = extract(SentenceFixture.of(
                "Afghanistan/NNP joins/VBZ the/DT list/NN on/IN July/NNP 29/CD ./.")
                .mention("DATE", "July 29", "2016-07-29").published("2016-07-28"));

        assertThat(past).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(DateValue.day(2016, 8, 2)));
        assertThat(future).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(DateValue.day(2017, 8, 2)));
        assertThat(present).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(DateValue.day(2016, 7, 29)));
    }

    @Test
    void countsAWeekdayBackFromThePublicationDateOrForwardInAClauseAboutTheFuture() {
        List<Claim> past = extract(SentenceFixture.of("The/DT units/NNS flew/VBD home/RB on/IN Friday/NNP ./.")
                .mention("DATE", "Friday", "2022-01-14").published("2022-01-13"));
        List<Claim> future = extract(SentenceFixture.of(
                "Aircraft/NNS would/MD fly/VB the/DT units/NNS home/RB on/IN Friday/NNP ./.")
                .mention("DATE", "Friday", "2022-01-07").published("2022-01-13"));

        assertThat(past).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(DateValue.day(2022, 1, 7)));
        assertThat(future).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(DateValue.day(2022, 1, 14)));
    }

    @Test
    void leavesAWeekdayThatDatesTheReportingAlone() {
        assertThat(extract(SentenceFixture.of(
                "Customs/NNS data/NNS showed/VBD on/IN Monday/NNP that/IN trade/NN rose/VBD ./.")
                .mention("DATE", "Monday", "2025-01-13").published("2025-01-13"))).isEmpty();
        assertThat(extract(SentenceFixture.of(
                "He/PRP told/VBD parliament/NN on/IN Tuesday/NNP that/IN it/PRP had/VBD ended/VBN ./.")
                .mention("DATE", "Tuesday", "2022-01-11").published("2022-01-13"))).isEmpty();
        assertThat(extract(SentenceFixture.of(
                "Seven/CD nations/NNS banned/VBD non-essential/JJ Sunday/NNP driving/NN ./.")
                .mention("DATE", "Sunday", "1973-11-25").published("1973-11-28"))).isEmpty();
    }

    @Test
    void keepsADayWithoutTheDayItIsTheEveOfAndGivesItTheYearOfWriting() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT troops/NNS arrived/VBD on/IN 6/CD January/NNP ,/, the/DT day/NN after/IN Tokayev/NNP appealed/VBD ./.")
                .mention("DATE", "6 January, the day", "THIS P1D INTERSECT XXXX-01-06").published("2022-01-13"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("6 January");
            assertThat(c.value()).isEqualTo(DateValue.day(2022, 1, 6));
        });
    }

    @Test
    void takesTheSubjectFromBeforeACountedAppositionBetweenCommas() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT CSTO/NNP peacekeepers/NNS ,/, about/RB 2,000/CD troops/NNS from/IN Russia/NNP ,/, Belarus/NNP "
                        + "and/CC Armenia/NNP ,/, arrived/VBD on/IN 6/CD January/NNP 2022/CD ./.")
                .mention("NUMBER", "2,000", "~2000.0").mention("DATE", "6 January 2022", "2022-01-06"));

        assertThat(claims).extracting(Claim::text).containsExactly("2,000", "6 January 2022");
        assertThat(claims.get(1).subject()).isEqualTo("CSTO peacekeepers");
        assertThat(claims.get(1).predicate()).isEqualTo("arrived");
    }

    @Test
    void takesTheSubjectFromBeforeAPossessiveAppositionBetweenCommas() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Banff/NNP ,/, Canada/NNP 's/POS first/JJ national/JJ park/NN ,/, was/VBD created/VBN in/IN "
                        + "1855/CD ./.")
                .mention("DATE", "1855", "1855"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("Banff");
            assertThat(c.predicate()).isEqualTo("was created");
        });
    }

    @Test
    void keepsADayAndItsDateInOneMention() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT treaty/NN was/VBD signed/VBN on/IN Wednesday/NNP ,/, 8/CD December/NNP 1999/CD ./.")
                .mention("DATE", "Wednesday, 8 December 1999", "1999-12-08"));

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(DateValue.day(1999, 12, 8)));
    }

    @Test
    void keepsTwoYearsInBracketsApartWhenNoDashJoinsThem() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT treaties/NNS (/-LRB- 1956/CD ,/, 1966/CD )/-RRB- ended/VBD the/DT war/NN ./.")
                .mention("DATE", "1956", "1956").mention("DATE", "1966", "1966"));

        assertThat(claims).hasSize(2);
    }

    @Test
    void readsAnAnniversaryMarkedOnADateAsTheYearOfWhatItIsTheAnniversaryOf() {
        List<Claim> claims = extract(SentenceFixture.of(
                "On/IN 6/CD December/NNP 2024/CD ,/, the/DT 25th/JJ anniversary/NN of/IN the/DT Union/NNP "
                        + "State/NNP Treaty/NNP ,/, the/DT leaders/NNS met/VBD ./.")
                .mention("DATE", "6 December 2024", "2024-12-06"));

        assertThat(claims).hasSize(2);
        assertThat(claims.get(1)).satisfies(c -> {
            assertThat(c.text()).isEqualTo("25th anniversary");
            assertThat(c.value()).isEqualTo(DateValue.year(1999));
            assertThat(c.subject()).isEqualTo("Union State Treaty");
            assertThat(Anniversaries.marks(c)).isTrue();
            assertThat(c.resolution()).contains("6 December 2024");
        });
    }

    @Test
    void takesTheClauseSubjectForAnAnniversaryOfIts() {
        List<Claim> claims = extract(SentenceFixture.of(
                "In/IN 2017/CD the/DT CICA/NNP process/NN celebrated/VBD its/PRP$ 25th/JJ anniversary/NN ./.")
                .mention("DATE", "2017", "2017"));

        assertThat(claims).filteredOn(Anniversaries::marks).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(DateValue.year(1992));
            assertThat(c.subject()).isEqualTo("CICA process");
        });
    }

    @Test
    void doesNotReckonAnAnniversaryFromAYearAfterPublication() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT ASEAN/NNP Vision/NNP 2020/CD ,/, adopted/VBN during/IN the/DT group/NN 's/POS 30th/JJ "
                        + "anniversary/NN ,/, sets/VBZ goals/NNS ./.")
                .mention("DATE", "2020", "2020").published("2007-11-19"));

        assertThat(claims).noneMatch(Anniversaries::marks);
    }

    @Test
    void takesTheNameOfAClauseThatLeavesItsVerbOutAsItsSubject() {
        List<Claim> and = extract(SentenceFixture.of(
                "Libya/NNP joined/VBD in/IN 1962/CD ,/, and/CC Iraq/NNP in/IN 1960/CD ./.")
                .mention("DATE", "1962", "1962").mention("DATE", "1960", "1960"));
        List<Claim> asDid = extract(SentenceFixture.of(
                "Iraq/NNP joined/VBD in/IN 1960/CD ,/, as/IN did/VBD Qatar/NNP in/IN 1961/CD ./.")
                .mention("DATE", "1960", "1960").mention("DATE", "1961", "1961"));
        List<Claim> followed = extract(SentenceFixture.of(
                "Brunei/NNP joined/VBD in/IN 1984/CD ,/, followed/VBN by/IN Vietnam/NNP in/IN 1995/CD ./.")
                .mention("DATE", "1984", "1984").mention("DATE", "1995", "1995"));

        assertThat(and).extracting(Claim::subject).containsExactly("Libya", "Iraq");
        assertThat(and.get(1).predicate()).isEqualTo("joined");
        assertThat(asDid).extracting(Claim::subject).containsExactly("Iraq", "Qatar");
        assertThat(followed).extracting(Claim::subject).containsExactly("Brunei", "Vietnam");
        assertThat(followed.get(1).predicate()).isEqualTo("joined");
    }

    @Test
    void leavesNamesJoinedByAndOrACommaToTheirVerb() {
        List<Claim> pair = extract(SentenceFixture.of(
                "The/DT treaty/NN was/VBD signed/VBN by/IN Russia/NNP and/CC China/NNP in/IN 2001/CD ./.")
                .mention("DATE", "2001", "2001"));
        List<Claim> place = extract(SentenceFixture.of(
                "The/DT treaty/NN was/VBD signed/VBN in/IN Moscow/NNP ,/, Russia/NNP in/IN 2001/CD ./.")
                .mention("DATE", "2001", "2001"));

        assertThat(pair).extracting(Claim::subject).containsExactly("treaty");
        assertThat(place).extracting(Claim::subject).containsExactly("treaty");
    }

    @Test
    void givesEachBracketedDateOfAListTheVerbThatIntroducesTheList() {
        List<Claim> claims = extract(SentenceFixture.of(
                "They/PRP were/VBD later/RB joined/VBN by/IN other/JJ members/NNS :/: Qatar/NNP (/-LRB- 1961/CD )/-RRB- "
                        + ";/: Indonesia/NNP (/-LRB- 1962/CD )/-RRB- and/CC Angola/NNP (/-LRB- 2007/CD )/-RRB- ./.")
                .mention("DATE", "1961", "1961").mention("DATE", "1962", "1962").mention("DATE", "2007", "2007"));
        List<Claim> noVerb = extract(SentenceFixture.of(
                "Members/NNS :/: Qatar/NNP (/-LRB- 1961/CD )/-RRB- ,/, Indonesia/NNP (/-LRB- 1962/CD )/-RRB- ./.")
                .mention("DATE", "1961", "1961").mention("DATE", "1962", "1962"));

        assertThat(claims).extracting(Claim::subject).containsExactly("Qatar", "Indonesia", "Angola");
        assertThat(claims).allSatisfy(c -> assertThat(c.predicate()).contains("joined"));
        assertThat(noVerb).extracting(Claim::predicate).containsOnlyNulls();
    }

    @Test
    void readsFourDigitsBeforeLocalTimeOrAZoneAsAClockTimeNotAYear() {
        List<Claim> oath = extract(SentenceFixture.of(
                "Erdogan/NNP took/VBD the/DT oath/NN at/IN 1400/CD local/JJ time/NN ./.")
                .mention("DATE", "1400", "1400"));
        List<Claim> gmt = extract(SentenceFixture.of(
                "Polls/NNS closed/VBD at/IN 2100/CD GMT/NNP ./.")
                .mention("DATE", "2100", "2100"));
        List<Claim> year = extract(SentenceFixture.of(
                "In/IN 2019/CD local/JJ elections/NNS were/VBD held/VBN ./.")
                .mention("DATE", "2019", "2019"));

        assertThat(oath).isEmpty();
        assertThat(gmt).isEmpty();
        assertThat(year).extracting(Claim::value).containsExactly(DateValue.year(2019));
    }

    @Test
    void leavesAnAnniversaryWithoutADateInItsSentenceAlone() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Its/PRP$ 45th/JJ anniversary/NN falls/VBZ soon/RB ./."));

        assertThat(claims).isEmpty();
    }

    @Test
    void linksTheYearAfterAQuotedFigureAsItsPeriod() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Trade/NN had/VBD come/VBN to/IN ``/`` nearly/RB $/$ 100/CD billion/CD ''/'' in/IN 2021/CD ./.")
                .mention("MONEY", "$100 billion", "$1.0E11").mention("DATE", "2021", "2021"));

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.period()).isEqualTo(DateValue.year(2021)));
    }

    @Test
    void readsTheSubjectWithItsBetweenPhrase() {
        List<Claim> claims = extract(SentenceFixture.of("Trade/NN between/IN Russia/NNP and/CC China/NNP stood/VBD "
                + "at/IN $/$ 87/CD billion/CD in/IN 2018/CD ./.")
                .mention("MONEY", "$87 billion", "$8.7E10").mention("DATE", "2018", "2018"));

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo("Trade between Russia and China"));
    }

    @Test
    void linksTheYearAfterARoundFigureNamedAsAMarkAsItsPeriod() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Trade/NN crossed/VBD the/DT $/$ 100/CD billion/CD mark/NN in/IN 2021/CD ./.")
                .mention("MONEY", "$100 billion", "$1.0E11").mention("DATE", "2021", "2021"));

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.period()).isEqualTo(DateValue.year(2021)));
    }

    @Test
    void runsTheSubjectPhraseOnOverWhatADocumentIsAbout() {
        List<Claim> claims = extract(SentenceFixture.of("The/DT committee/NN report/NN on/IN the/DT Lanport/NNP "
                + "Act/NNP was/VBD introduced/VBN on/IN 4/CD April/NNP 1935/CD ./.")
                .mention("DATE", "4 April 1935", "1935-04-04"));

        assertThat(claims).singleElement().extracting(Claim::subject).isEqualTo("committee report on the Lanport Act");
    }

    @Test
    void readsTheSubjectBeforeAColonThatOnlyIntroducesTheValue() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT spur/NN itself/PRP is/VBZ modest/JJ in/IN length/NN :/: about/RB 1,023/CD km/NNS ./.")
                .mention("NUMBER", "1,023", "1023.0"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("spur");
            assertThat(c.predicate()).startsWith("is");
        });
    }

    @Test
    void readsSinceAsAQualifierOfTheDate() {
        List<Claim> claims = extract(SentenceFixture.of("China/NNP has/VBZ led/VBN since/IN 2014/CD ./.")
                .mention("DATE", "2014", "2014"));

        assertThat(claims).singleElement().extracting(Claim::qualifier).isEqualTo(Qualifier.SINCE);
    }

    @Test
    void readsUntilAsAQualifierOfItsOwn() {
        List<Claim> claims = extract(SentenceFixture.of("The/DT war/NN lasted/VBD until/IN 1895/CD ./.")
                .mention("DATE", "1895", "1895"));

        assertThat(claims).singleElement().extracting(Claim::qualifier).isEqualTo(Qualifier.UNTIL);
    }

    @Test
    void resolvesRelativeDatesAgainstThePublicationDateAtTheStatedGranularity() {
        List<Claim> claims = extract(SentenceFixture.of("The/DT deal/NN was/VBD signed/VBN three/CD years/NNS ago/RB ./.")
                .mention("DATE", "three years ago", "2019-03-04").published("2022-03-04"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(DateValue.year(2019));
            assertThat(c.resolution()).contains("three years ago").contains("2019").contains("2022-03-04");
        });
    }

    @Test
    void leavesRelativeDatesUnresolvedWithoutAPublicationDate() {
        List<Claim> claims = extract(SentenceFixture.of("The/DT deal/NN was/VBD signed/VBN last/JJ year/NN ./.")
                .mention("DATE", "last year", "THIS P1Y OFFSET P-1Y"));

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.value()).isInstanceOf(Unresolved.class));
    }

    @Test
    void ignoresFalseDatesSuchAsFallsAndNow() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Output/NN falls/VBZ now/RB as/IN prices/NNS fall/VBP ./.")
                .mention("DATE", "falls", "2005-FA").mention("DATE", "now", "PRESENT_REF").published("2005-06-01"));

        assertThat(claims).isEmpty();
    }

    @Test
    void ignoresNumbersInsideNamesAndPageReferences() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Moscow/NNP sold/VBD S/NN -/HYPH 400/CD systems/NNS ,/, see/VB p./NN 12/CD ./.")
                .mention("NUMBER", "400", "400.0").mention("NUMBER", "12", "12.0"));

        assertThat(claims).isEmpty();
    }

    @Test
    void keepsCountsThatQuantifySomethingAndDropsBareNumbers() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Roughly/RB ten/CD member/NN states/NNS agreed/VBD ,/, said/VBD 3/CD ./.")
                .mention("NUMBER", "ten", "10.0").mention("NUMBER", "3", "3.0"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.NUMBER);
            assertThat(((Amount) c.value()).number()).isEqualByComparingTo("10");
            assertThat(c.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        });
    }

    @Test
    void everyClaimSpanLiesInsideItsSentenceAndMatchesItsText() {
        var article = SentenceFixture.of(
                "Bilateral/JJ trade/NN reached/VBD $/$ 147/CD billion/CD in/IN 2021/CD ,/, up/RB from/IN $/$ 107.76/CD "
                        + "bn/CD in/IN 2020/CD ./.")
                .mention("MONEY", "$147 billion", "$1.47E11").mention("DATE", "2021", "2021")
                .mention("MONEY", "$107.76bn", "$107.76").mention("DATE", "2020", "2020").build();

        List<Claim> claims = extractor.extract(article);

        assertThat(claims).hasSize(2).allSatisfy(c -> {
            assertThat(c.sentenceSpan().contains(c.span())).isTrue();
            assertThat(c.span().of(article.article().text())).isEqualTo(c.text());
        });
        assertThat(claims).extracting(c -> c.period().canonical()).containsExactly("2021", "2020");
    }

    @Test
    void readsAYearWithAnApostropheAsItsDecadeUnlessANounFollowsAsOfAPossessive() {
        List<Claim> decade = extract(SentenceFixture.of(
                "Work/NN began/VBD at/IN the/DT start/NN of/IN the/DT 1820/CD 's/POS ./.")
                .mention("DATE", "1820", "1820"));
        List<Claim> possessive = extract(SentenceFixture.of(
                "Sales/NNS doubled/VBD since/IN 2010/CD 's/POS record/JJ haul/NN ./.")
                .mention("DATE", "2010", "2010"));

        assertThat(decade).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("1820's");
            assertThat(c.value()).isEqualTo(ValueGrammar.requireDate("the 1820s"));
        });
        assertThat(possessive).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(DateValue.year(2010)));
        assertThat(extract(SentenceFixture.of("Apple/NNP was/VBD formed/VBN in/IN the/DT early/JJ 1970/CD 's/POS ./.")
                .mention("DATE", "the early 1970", "1970"))).isEmpty();
    }

    @Test
    void readsTheFallInAYearAsTheYearNotAutumn() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Trade/NN collapsed/VBD after/IN the/DT fall/NN in/IN 1991/CD ./.")
                .mention("DATE", "fall in 1991", "1991-FA"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("1991");
            assertThat(c.value()).isEqualTo(DateValue.year(1991));
        });
    }

    @Test
    void dropsRangesOfCountsThatHaveNoSingleValue() {
        List<Claim> claims = extract(SentenceFixture.of("Membership/NN grew/VBD from/IN five/CD to/TO nine/CD states/NNS ./.")
                .mention("NUMBER", "five to nine", "5.0-9.0"));

        assertThat(claims).isEmpty();
    }

    @Test
    void readsFractionsAsApproximateShares() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Trade/NN was/VBD more/JJR than/IN a/DT third/JJ above/IN the/DT level/NN ,/, and/CC half/NN "
                        + "of/IN it/PRP was/VBD gas/NN ,/, at/IN a/DT third/JJ summit/NN ./."));

        assertThat(claims).extracting(Claim::text).containsExactly("a third", "half");
        assertThat(claims).extracting(Claim::qualifier).containsExactly(Qualifier.MORE_THAN, Qualifier.APPROXIMATELY);
        assertThat(claims).extracting(c -> ((Amount) c.value()).number().intValue()).containsExactly(33, 50);
    }

    @Test
    void ignoresNumbersInsideCompoundWordsAndNumberedNames() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Two-way/JJ trade/NN grew/VBD ,/, and/CC Project/NNP 22220/CD ships/NNS sailed/VBD ./.")
                .mention("NUMBER", "Two-way", "2.0").mention("NUMBER", "22220", "22220.0"));

        assertThat(claims).isEmpty();
    }

    @Test
    void keepsAnAmountAfterADashSetOffBySpaces() {
        List<Claim> claims = extract(SentenceFixture.of(
                "A/DT bank/NN lent/VBD $/$ 25/CD billion/CD to/TO Rosneft/NNP \u2014/: $/$ 15/CD billion/CD of/IN it/PRP ./.")
                .mention("MONEY", "$25 billion", "$2.5E10").mention("MONEY", "$15 billion", "$1.5E10"));

        assertThat(claims).extracting(Claim::text).containsExactly("$25 billion", "$15 billion");
    }

    @Test
    void countsTheNounAfterAHyphenatedParticipleOrAnOpeningQuote() {
        assertThat(extract(SentenceFixture.of("It/PRP named/VBD four/CD fast/JJ -/HYPH growing/VBG economies/NNS ./.")
                .mention("NUMBER", "four", "4.0"))).extracting(Claim::text).containsExactly("four");
        assertThat(extract(SentenceFixture.of("They/PRP approved/VBD 28/CD \u201c/`` union/NN programmes/NNS \u201d/'' ./.")
                .mention("NUMBER", "28", "28.0"))).extracting(Claim::text).containsExactly("28");
        assertThat(extract(SentenceFixture.of("The/DT IEA/NNP 3.0/CD mandate/NN widened/VBD ./.")
                .mention("NUMBER", "3.0", "3.0"))).isEmpty();
    }

    @Test
    void countsPeopleOrThingsNamedWithAProperNounButNotAnAddress() {
        assertThat(extract(SentenceFixture.of(
                "At/IN least/JJS 10/CD South/NNP Africans/NNPS die/VBP every/DT hour/NN ./.")
                .mention("NUMBER", "10", ">=10.0"))).extracting(Claim::text).containsExactly("10");
        assertThat(extract(SentenceFixture.of("It/PRP opened/VBD 12/CD Apple/NNP stores/NNS in/IN China/NNP ./.")
                .mention("NUMBER", "12", "12.0"))).extracting(Claim::text).containsExactly("12");
        assertThat(extract(SentenceFixture.of("She/PRP lives/VBZ at/IN 10/CD Downing/NNP Street/NNP ./.")
                .mention("NUMBER", "10", "10.0"))).isEmpty();
    }

    @Test
    void keepsSpelledOutCompoundNumbersAndLargeCountsAfterAVerb() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Some/DT twenty-five/CD ships/NNS sailed/VBD ;/: a/DT blog/NN put/VBD the/DT contingent/NN at/IN 2,300/CD ./.")
                .mention("NUMBER", "twenty-five", "25.0").mention("NUMBER", "2,300", "2300.0"));

        assertThat(claims).extracting(c -> ((Amount) c.value()).number().intValue()).containsExactly(25, 2300);
    }

    @Test
    void keepsALargeCountStatedOfTheSubjectThroughAHedgeOrACopula() {
        assertThat(extract(SentenceFixture.of(
                "Deaths/NNS from/IN conflict/NN reached/VBD over/IN 300,000/CD in/IN 2022/CD ./.")
                .mention("NUMBER", "300,000", "300000.0").mention("DATE", "2022", "2022")))
                .extracting(Claim::text).contains("300,000");
        assertThat(extract(SentenceFixture.of(
                "Daily/JJ deaths/NNS from/IN cancer/NN have/VBP been/VBN more/JJR than/IN 20,000/CD ./.")
                .mention("NUMBER", "20,000", "20000.0")))
                .extracting(Claim::text).containsExactly("20,000");
        assertThat(extract(SentenceFixture.of("The/DT toll/NN was/VBD 1,200/CD ./.")
                .mention("NUMBER", "1,200", "1200.0"))).extracting(Claim::text).containsExactly("1,200");
        assertThat(extract(SentenceFixture.of("Its/PRP$ output/NN being/VBG zero/CD since/IN 1988/CD ./.")
                .mention("NUMBER", "zero", "0.0").mention("DATE", "1988", "1988")))
                .extracting(Claim::text).contains("zero");
        // A small bare number after a copula still quantifies nothing the tables could hold.
        assertThat(extract(SentenceFixture.of("The/DT score/NN was/VBD 12/CD ./.")
                .mention("NUMBER", "12", "12.0"))).isEmpty();
    }

    @Test
    void readsOnlyPastRelativeDatesThatCanBeChecked() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Officials/NNS said/VBD on/IN Friday/NNP that/IN exports/NNS fell/VBD last/JJ year/NN ./.")
                .mention("DATE", "Friday", "2022-01-14").mention("DATE", "last year", "2021").published("2022-01-15"));

        assertThat(claims).singleElement().extracting(Claim::text).isEqualTo("last year");
    }

    @Test
    void joinsADayRangeIntoOneRangeOfDays() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Leaders/NNS met/VBD from/IN 22/CD to/TO 24/CD October/NNP 2024/CD ./.")
                .mention("NUMBER", "22", "22.0").mention("DATE", "24 October 2024", "2024-10-24"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("22 to 24 October 2024");
            assertThat(c.value()).isEqualTo(DateValue.range(DateValue.day(2024, 10, 22), DateValue.day(2024, 10, 24)));
        });
    }

    @Test
    void takesARecordOnlyForTheValueItDescribes() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Trade/NN edged/VBD up/RB 1.9/CD %/NN to/TO a/DT record/NN $/$ 244.8/CD billion/CD ./.")
                .mention("PERCENT", "1.9%", "%1.9").mention("MONEY", "$244.8 billion", "$2.448E11"));

        assertThat(claims).extracting(Claim::record).containsExactly(false, true);
    }

    @Test
    void readsAnOpeningDateAsThePeriodOfAVolumeCarried() {
        List<Claim> claims = extract(SentenceFixture.of(
                "By/IN the/DT end/NN of/IN 2023/CD ,/, the/DT route/NN carried/VBD 36/CD million/CD tonnes/NNS ./.")
                .mention("DATE", "the end of 2023", "2023").mention("NUMBER", "36 million", "3.6E7"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.QUANTITY);
            assertThat(c.period()).isEqualTo(DateValue.year(2023));
        });
    }

    @Test
    void doesNotReadTheComparisonBaseAsThePeriod() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Exports/NNS rose/VBD 26.3/CD %/NN from/IN 2022/CD ./.")
                .mention("PERCENT", "26.3%", "%26.3").mention("DATE", "2022", "2022"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.PERCENT);
            assertThat(c.period()).isNull();
        });
    }

    @Test
    void leavesOutTheDateOfANewsDateline() {
        List<Claim> dateline = extract(SentenceFixture.of("BERLIN/NNP ,/, April/NNP 18/CD ,/, 2023/CD --/: Germany/NNP "
                + "has/VBZ switched/VBN off/RP its/PRP$ last/JJ nuclear/JJ reactors/NNS ./.")
                .mention("DATE", "April 18, 2023", "2023-04-18"));
        List<Claim> event = extract(SentenceFixture.of("In/IN Berlin/NNP ,/, April/NNP 18/CD ,/, 2023/CD was/VBD "
                + "the/DT day/NN the/DT last/JJ reactors/NNS stopped/VBD ./.")
                .mention("DATE", "April 18, 2023", "2023-04-18"));

        List<Claim> listed = extract(SentenceFixture.of("Pixar/NNP ,/, 2006/CD -/: $/$ 7.6/CD billion/CD")
                .mention("DATE", "2006", "2006").mention("MONEY", "$7.6 billion", "$7.6E9"));

        assertThat(dateline).isEmpty();
        assertThat(event).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("April 18, 2023"));
        assertThat(listed).extracting(Claim::text).contains("2006");
    }
}
