package org.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.nlp.MentionType;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Unresolved;
import org.junit.jupiter.api.Test;

class YearInViewTest {

    private static final String STORY = "The clashes began on 27 September 2020 along the line.\n\n"
            + "On 28 September partial mobilization was declared.\n\n"
            + "On 10 October, both sides agreed to a ceasefire.\n\n"
            + "Fighting resumed.\n\nThen more fighting.\n\nAnd more.\n\nOn 9 November, they signed.";

    @Test
    void anUndatedPageReadsADayWithoutItsYearInTheYearItsStoryTellsOf() {
        ValueReader reader = new ValueReader(null, STORY);
        read(reader, "27 September 2020", "2020-09-27");
        ReadValue day = read(reader, "28 September", "XXXX-09-28");

        assertThat(day.value()).isEqualTo(DateValue.day(2020, 9, 28));
        assertThat(day.resolution()).contains("in the year the text before it tells of: 2020");
    }

    @Test
    void aYearReadThatWayStaysInViewForTheNextParagraphs() {
        ValueReader reader = new ValueReader(null, STORY);
        read(reader, "27 September 2020", "2020-09-27");
        read(reader, "28 September", "XXXX-09-28");

        assertThat(read(reader, "10 October", "XXXX-10-10").value()).isEqualTo(DateValue.day(2020, 10, 10));
    }

    @Test
    void aYearMoreThanTwoParagraphsUpIsOutOfView() {
        ValueReader reader = new ValueReader(null, STORY);
        read(reader, "27 September 2020", "2020-09-27");

        assertThat(read(reader, "9 November", "XXXX-11-09").value()).isInstanceOf(Unresolved.class);
    }

    @Test
    void aRangeOfYearsLeavesNoSingleYearInView() {
        String text = "The war lasted from 1939 to 1945. On 8 May, the guns fell silent.";
        ValueReader reader = new ValueReader(null, text);
        read(reader, text, "1939 to 1945", "1939/1945");

        assertThat(read(reader, text, "8 May", "XXXX-05-08").value()).isInstanceOf(Unresolved.class);
    }

    @Test
    void aDatedPageKeepsReadingADayInTheYearOfItsPublication() {
        String text = "Trade grew in 2019. On 9 November, they signed.";
        ValueReader reader = new ValueReader(java.time.LocalDate.of(2022, 12, 1), text);
        read(reader, text, "2019", "2019");

        assertThat(read(reader, text, "9 November", "XXXX-11-09").value()).isEqualTo(DateValue.day(2022, 11, 9));
    }

    private static ReadValue read(ValueReader reader, String surface, String timex) {
        return read(reader, STORY, surface, timex);
    }

    private static ReadValue read(ValueReader reader, String text, String surface, String timex) {
        Candidate c = new Candidate(0, 1, MentionType.DATE, timex, "DATE");
        return reader.read(c, surface, text.indexOf(surface)).orElseThrow();
    }
}
