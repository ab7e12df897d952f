package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimcheck.nlp.MentionType;

/**
 * "During 2012-14", "the 1990-95 period": CoreNLP reads a year and the last two digits of a later one as a
 * range of numbers, sometimes run on into the next figure ("between 2011-14 and 163.7"). Such a pair is a span of
 * years (2012-2014); the figures after it stay figures. Two consecutive years ("in 2014-15") name a fiscal or
 * season year, which no calendar year stands for: they are left unread.
 */
final class CompactYearRanges {

    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d\\d");

    private final Tokens tokens;

    CompactYearRanges(Tokens tokens) {
        this.tokens = tokens;
    }

    /** The candidates a NUMBER mention over tokens {@code [from, to)} stands for; the mention itself if no pair. */
    List<Candidate> split(Candidate mention) {
        int from = mention.from();
        int to = mention.to();
        for (int i = from; i + 2 < to; i++) {
            if (!YEAR.matcher(tokens.lower(i)).matches() || !tokens.isDash(i + 1)
                    || !TWO_DIGITS.matcher(tokens.lower(i + 2)).matches()) {
                continue;
            }
            int start = Integer.parseInt(tokens.lower(i));
            int end = start / 100 * 100 + Integer.parseInt(tokens.lower(i + 2));
            if (end <= start) {
                continue;
            }
            List<Candidate> out = new ArrayList<>();
            if (i > from && isNumber(i - 1)) {
                out.add(new Candidate(from, i, MentionType.NUMBER, null, null)); // a figure run on before the pair
            }
            if (end > start + 1) {
                out.add(new Candidate(i, i + 3, MentionType.DATE, start + "/" + end, "DATE"));
            }
            int rest = firstNumber(i + 3, to);
            if (rest >= 0) {
                out.add(new Candidate(rest, to, MentionType.NUMBER, null, null));
            }
            return out;
        }
        return List.of(mention);
    }

    private int firstNumber(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isNumber(i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isNumber(int i) {
        return tokens.lower(i).matches("[\\d.,]*\\d[\\d.,]*");
    }
}
