package org.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.value.DateValue;
import org.junit.jupiter.api.Test;

class DayRangesTest {

    private static final DateValue TEN_TO_FOURTEEN = DateValue.range(DateValue.day(1960, 9, 10),
            DateValue.day(1960, 9, 14));

    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> extract(SentenceFixture f) {
        return extractor.extract(f.published("2009-01-01").build());
    }

    @Test
    void readsMonthDayDashDayCommaYearAsOneRangeInThatYear() {
        List<Claim> claims = extract(SentenceFixture.of(
                "OPEC/NNP was/VBD created/VBN on/IN September/NNP 10/CD \u2013/SYM 14/CD ,/, 1960/CD ,/, by/IN Iran/NNP ./.")
                .mention("DATE", "September 10", "2008-09-10").mention("NUMBER", "14", "14.0")
                .mention("DATE", "1960", "1960"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.text()).startsWith("September 10").endsWith("1960");
            assertThat(c.value()).isEqualTo(TEN_TO_FOURTEEN);
        });
    }

    @Test
    void readsMonthDayToDayCommaYearAsOneRangeInThatYear() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT summit/NN was/VBD held/VBN from/IN September/NNP 10/CD to/TO 14/CD ,/, 1960/CD ./.")
                .mention("DATE", "September 10", "2008-09-10").mention("NUMBER", "14", "14.0")
                .mention("DATE", "1960", "1960"));

        assertThat(claims).singleElement().extracting(Claim::value).isEqualTo(TEN_TO_FOURTEEN);
    }

    @Test
    void readsDayDashFullDateAsOneRange() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT summit/NN was/VBD held/VBN on/IN 10/CD \u2013/SYM 14/CD September/NNP 1960/CD ./.")
                .mention("NUMBER", "10", "10.0").mention("DATE", "14 September 1960", "1960-09-14"));

        assertThat(claims).singleElement().extracting(Claim::value).isEqualTo(TEN_TO_FOURTEEN);
    }

    @Test
    void readsADaySpanTheTokenizerKeptWholeBetweenMonthAndYear() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT conference/NN was/VBD held/VBN September/NNP 10-14/CD ,/, 1960/CD ./.")
                .mention("DATE", "September", "2008-09").mention("NUMBER", "10-14", "10.0 - 14.0")
                .mention("DATE", "1960", "1960"));

        assertThat(claims).singleElement().extracting(Claim::value).isEqualTo(TEN_TO_FOURTEEN);
    }

    @Test
    void leavesAScoreAndADateApart() {
        List<Claim> claims = extract(SentenceFixture.of(
                "They/PRP won/VBD 3/CD \u2013/SYM 1/CD on/IN 14/CD September/NNP 1960/CD ./.")
                .mention("NUMBER", "3", "3.0").mention("NUMBER", "1", "1.0")
                .mention("DATE", "14 September 1960", "1960-09-14"));

        assertThat(claims).extracting(Claim::value).contains(DateValue.day(1960, 9, 14));
    }
}
