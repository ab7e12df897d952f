package org.claimcheck.extract;

import java.util.List;
import java.util.Map;
import org.claimcheck.nlp.MentionType;
import org.claimcheck.value.Qualifier;

/**
 * Reads the comparator or hedge in front of a value ("more than", "nearly", "since") and whether the text
 * calls it a record. Longer phrases are tried first so "no more than" is not read as "more than".
 */
final class Hedges {

    private record Phrase(String[] words, Qualifier qualifier) {
    }

    private static final List<Phrase> AMOUNT_PHRASES = phrases(Map.ofEntries(
            Map.entry("more than", Qualifier.MORE_THAN), Map.entry("over", Qualifier.MORE_THAN),
            Map.entry("above", Qualifier.MORE_THAN), Map.entry("exceeding", Qualifier.MORE_THAN),
            Map.entry("in excess of", Qualifier.MORE_THAN), Map.entry("upwards of", Qualifier.MORE_THAN),
            Map.entry("north of", Qualifier.MORE_THAN), Map.entry("well over", Qualifier.MORE_THAN),
            Map.entry("at least", Qualifier.AT_LEAST), Map.entry("no less than", Qualifier.AT_LEAST),
            Map.entry("not less than", Qualifier.AT_LEAST), Map.entry("no fewer than", Qualifier.AT_LEAST),
            Map.entry("less than", Qualifier.LESS_THAN), Map.entry("fewer than", Qualifier.LESS_THAN),
            Map.entry("under", Qualifier.LESS_THAN), Map.entry("below", Qualifier.LESS_THAN),
            Map.entry("up to", Qualifier.AT_MOST), Map.entry("at most", Qualifier.AT_MOST),
            Map.entry("no more than", Qualifier.AT_MOST), Map.entry("not more than", Qualifier.AT_MOST),
            Map.entry("about", Qualifier.APPROXIMATELY), Map.entry("around", Qualifier.APPROXIMATELY),
            Map.entry("roughly", Qualifier.APPROXIMATELY), Map.entry("approximately", Qualifier.APPROXIMATELY),
            Map.entry("some", Qualifier.APPROXIMATELY), Map.entry("circa", Qualifier.APPROXIMATELY),
            Map.entry("an estimated", Qualifier.APPROXIMATELY), Map.entry("estimated", Qualifier.APPROXIMATELY),
            Map.entry("close to", Qualifier.APPROXIMATELY), Map.entry("approx.", Qualifier.APPROXIMATELY),
            Map.entry("~", Qualifier.APPROXIMATELY), Map.entry("nearly", Qualifier.NEARLY),
            Map.entry("almost", Qualifier.NEARLY), Map.entry("just under", Qualifier.NEARLY),
            Map.entry("just shy of", Qualifier.NEARLY)));

    private static final List<Phrase> DATE_PHRASES = phrases(Map.of(
            "since", Qualifier.SINCE, "before", Qualifier.BEFORE, "until", Qualifier.UNTIL,
            "prior to", Qualifier.BEFORE, "after", Qualifier.AFTER, "ever since", Qualifier.SINCE));

    private static final List<String> RECORD_WORDS = List.of("record", "record-high", "all-time", "record-breaking",
            "unprecedented");

    private final Tokens tokens;

    Hedges(Tokens tokens) {
        this.tokens = tokens;
    }

    private static List<Phrase> phrases(Map<String, Qualifier> map) {
        return map.entrySet().stream()
                .map(e -> new Phrase(e.getKey().split(" "), e.getValue()))
                .sorted((a, b) -> Integer.compare(b.words.length, a.words.length))
                .toList();
    }

    Qualifier qualifier(Candidate c) {
        List<Phrase> table = c.type() == MentionType.DATE ? DATE_PHRASES : AMOUNT_PHRASES;
        // The hedge may sit just before the value or before an article or determiner: "nearly a third".
        for (int skip = 0; skip <= 1; skip++) {
            for (Phrase p : table) {
                int start = c.from() - skip - p.words.length;
                if (start >= 0 && tokens.wordsAt(start, p.words) && (skip == 0 || isDeterminer(c.from() - 1))) {
                    return p.qualifier;
                }
            }
        }
        return Qualifier.EXACT;
    }

    private boolean isDeterminer(int i) {
        return tokens.pos(i).equals("DT");
    }

    /** "a record $147 billion", "a record-high 30%", "$147 billion, a record". */
    boolean isRecord(Candidate c) {
        for (int i = c.from() - 1; i >= Math.max(0, c.from() - 3); i--) {
            if (RECORD_WORDS.contains(tokens.lower(i))) {
                return true;
            }
            if (tokens.pos(i).equals("CD")) {
                break; // another figure stands between the word and this value
            }
        }
        // After the value only an apposition counts ("$147 billion, a record"): a "record" further on may
        // describe another value of the sentence ("up 1.9% to a record $244.8 billion").
        int i = c.to();
        while (i < tokens.size() && (tokens.lower(i).equals(",") || tokens.pos(i).equals("DT"))) {
            i++;
        }
        return i > c.to() && (tokens.lower(i).equals("record") || tokens.wordsAt(i, "all-time", "high"));
    }
}
