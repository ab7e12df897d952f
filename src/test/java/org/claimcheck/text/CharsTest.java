package org.claimcheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharsTest {

    @Test
    void splitsLinesAtEveryLineEndingTheWayLineMapCountsThem() {
        String text = "one\r\ntwo\rthree\nfour";

        List<Span> lines = Chars.lines(text);

        assertThat(lines).extracting(span -> span.of(text)).containsExactly("one", "two", "three", "four");
        LineMap map = LineMap.of(text);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(map.position(lines.get(i).start())).isEqualTo(new Position(i + 1, 1));
        }
    }

    @Test
    void keepsAnEmptyLastLineAfterAFinalLineBreak() {
        assertThat(Chars.lines("a\n")).containsExactly(new Span(0, 1), new Span(2, 2));
    }

    @Test
    void countsNoBreakSpacesAsSpaces() {
        assertThat(Chars.isSpace('\u00A0')).isTrue();
        assertThat(Chars.isSpace('\u202F')).isTrue();
        assertThat(Chars.isSpace('x')).isFalse();
    }

    @Test
    void treatsSoftHyphensAndZeroWidthSpacesAsInvisible() {
        assertThat(Chars.isInvisible('\u00AD')).isTrue();
        assertThat(Chars.isInvisible('\u200B')).isTrue();
        assertThat(Chars.isInvisible('-')).isFalse();
    }
}
