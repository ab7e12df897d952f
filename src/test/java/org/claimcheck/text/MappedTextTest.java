package org.claimcheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MappedTextTest {

    private static final String SOURCE = "  Trade rose\n  to $147 billion.";

    @Test
    void sliceMapsEachCharacterToItsOwnOffset() {
        MappedText slice = MappedText.slice(SOURCE, 2, 12);

        assertThat(slice.toString()).isEqualTo("Trade rose");
        assertThat(slice.sourceOffset(0)).isEqualTo(2);
        assertThat(slice.sourceOffset(9)).isEqualTo(11);
    }

    @Test
    void stripKeepsTheOffsetsOfTheCharactersLeft() {
        MappedText line = MappedText.slice(SOURCE, 13, SOURCE.length()).strip();

        assertThat(line.toString()).isEqualTo("to $147 billion.");
        assertThat(line.sourceOffset(0)).isEqualTo(15);
    }

    @Test
    void joinedTextKeepsBothPiecesTraceableAndTheSeparatorPointsAtTheGap() {
        MappedText first = MappedText.slice(SOURCE, 2, 12);
        MappedText second = MappedText.slice(SOURCE, 15, SOURCE.length());

        MappedText joined = new MappedTextBuilder().append(first).appendSeparator(' ', 0).append(second).build();

        assertThat(joined.toString()).isEqualTo("Trade rose to $147 billion.");
        assertThat(joined.sourceOffset(10)).as("the space stands for the line break").isEqualTo(12);
        int dollar = joined.toString().indexOf('$');
        assertThat(SOURCE.charAt(joined.sourceOffset(dollar))).isEqualTo('$');
    }

    @Test
    void offsetMapCompressesContiguousCopiesIntoRuns() {
        MappedText joined = new MappedTextBuilder()
                .append(MappedText.slice(SOURCE, 2, 12))
                .appendSeparator(' ', 0)
                .append(MappedText.slice(SOURCE, 15, SOURCE.length()))
                .build();

        OffsetMap map = joined.offsetMap();

        assertThat(map.runCount()).isEqualTo(2);
        for (int i = 0; i < joined.length(); i++) {
            assertThat(map.sourceOffset(i)).isEqualTo(joined.sourceOffset(i));
        }
        assertThat(map.sourceOffset(joined.length())).as("end of text").isEqualTo(SOURCE.length());
    }

    @Test
    void offsetMapRejectsOffsetsOutsideTheText() {
        OffsetMap map = MappedText.slice(SOURCE, 2, 12).offsetMap();

        assertThatThrownBy(() -> map.sourceOffset(11)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> map.sourceOffset(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void charactersDecodedFromOneSourceCharacterRangeMapToItsStart() {
        MappedText decoded = new MappedTextBuilder().append('A', 0).append('&', 1).append('B', 6).build();

        OffsetMap map = decoded.offsetMap();

        assertThat(map.sourceOffset(1)).isEqualTo(1);
        assertThat(map.sourceOffset(2)).isEqualTo(6);
    }
}
