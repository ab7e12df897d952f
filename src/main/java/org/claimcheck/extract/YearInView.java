package org.claimcheck.extract;

import java.util.OptionalInt;
import org.claimcheck.value.DateValue;

/**
 * The year a text is telling of at a point: the year of the last date read before it that lies within one year,
 * in the same paragraph or one of the two before it. "The clashes began on 27 September 2020. … On 10 October,
 * both sides agreed to a ceasefire": on a page with no publication date, "10 October" is read in 2020. A range of
 * years ("1939–1945") leaves no single year in view, and a year read this way keeps it in view for the next
 * paragraphs of the story.
 */
final class YearInView {

    /** Paragraphs back from the one being read that a year stays in view: its own and the two before it. */
    private static final int PARAGRAPHS = 2;

    private final String text;
    private int year;
    private int at = -1;

    YearInView(String text) {
        this.text = text;
    }

    /** Records a date read at {@code offset}: a date within one year puts that year in view, a longer one none. */
    void read(int offset, DateValue date) {
        int first = date.first().getYear();
        year = first == date.last().getYear() ? first : 0;
        at = offset;
    }

    /** The year in view at {@code offset}, if a date read before it is near enough. */
    OptionalInt at(int offset) {
        if (at < 0 || year == 0 || offset < at || paragraphBreaks(at, offset) > PARAGRAPHS) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(year);
    }

    /** How many paragraph ends (a line break after some text) lie between two offsets. */
    private int paragraphBreaks(int from, int to) {
        int breaks = 0;
        boolean textSince = true;
        for (int i = from; i < to && i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                if (textSince) {
                    breaks++;
                    if (breaks > PARAGRAPHS) {
                        return breaks;
                    }
                }
                textSince = false;
            } else if (!Character.isWhitespace(ch)) {
                textSince = true;
            }
        }
        return breaks;
    }
}
