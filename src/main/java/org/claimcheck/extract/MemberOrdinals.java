package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;

/**
 * An ordinal member counts the membership once the newcomer is in: "On 6 January 2025 Indonesia joined BRICS as
 * its 11th member" says BRICS had 11 members that day. The claim is that count, on the date its own sentence
 * gives; verification holds it only against a count the tables give for that very date (dated by a month or a
 * year, a count within it can only support it), since a membership changes over time and no other figure says
 * how many there were then. Left alone:
 * <ul>
 *   <li>an ordinal that ranks a deed, not the membership: "the second member to ratify the treaty" (only "to
 *       join", "to accede" or "to be admitted" count members);</li>
 *   <li>"first": "the first member state to hold the chair" ranks, and a first member is a founder;</li>
 *   <li>two ordinals for two newcomers ("the 165th and 166th members"): which is whose is not said;</li>
 *   <li>a sentence without a date of its own ("Uzbekistan will become the seventh member"): no day to count on.</li>
 * </ul>
 */
public final class MemberOrdinals {

    /** The predicate of a member-count claim; the tables' attribute for the size of a membership has it. */
    static final String PREDICATE = "members";

    private static final Set<String> MEMBER = Set.of("member", "members");

    /** Words between the ordinal and "member": "the 11th full member", "its ninth new member state". */
    private static final Set<String> MODIFIERS = Set.of("full", "new", "official", "permanent");

    /** What follows "member" and still names a member: "member state", "member country". */
    private static final Set<String> MEMBER_NOUNS = Set.of("state", "states", "country", "countries", "nation",
            "nations", "economy", "economies");

    /** The infinitives after "the Nth member to …" that still count members. */
    private static final Set<String> JOINING = Set.of("join", "accede", "enter");

    private MemberOrdinals() {
    }

    /** What the resolution of a member-count claim says after the ordinal: "“11th member” counts …". */
    private static final String COUNTS = "\u201d counts the members once the newcomer joined";

    /** Whether {@code claim} is a membership counted by an ordinal, not a count the text states. */
    public static boolean marks(Claim claim) {
        return PREDICATE.equals(claim.predicate()) && claim.resolution() != null
                && claim.resolution().contains(COUNTS);
    }

    /** One ordinal member: the tokens {@code [from, to)} of "11th member", the count and the day it holds. */
    record Found(int from, int to, int count, DateValue on, String resolution) {
    }

    /**
     * The ordinal members in a sentence whose {@code dates} (absolute dates read from its candidates, in token
     * order, each with its first token) give the day the count holds.
     */
    static List<Found> find(Tokens tokens, List<Map.Entry<Integer, DateValue>> dates) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Integer> count = Ordinals.of(tokens.lower(i));
            if (count.isEmpty() || count.get() < 2 || joinedToAnother(tokens, i)) {
                continue;
            }
            int noun = i + 1;
            while (noun < tokens.size() && MODIFIERS.contains(tokens.lower(noun))) {
                noun++;
            }
            if (noun >= tokens.size() || !MEMBER.contains(tokens.lower(noun))) {
                continue;
            }
            int end = noun + 1;
            if (end < tokens.size() && MEMBER_NOUNS.contains(tokens.lower(end))) {
                end++;
            }
            if (ranksADeed(tokens, end)) {
                continue;
            }
            Optional<Map.Entry<Integer, DateValue>> on = nearestDate(dates, i);
            if (on.isEmpty()) {
                continue;
            }
            StringBuilder ordinal = new StringBuilder(tokens.get(i).word());
            for (int k = i + 1; k < end; k++) {
                ordinal.append(' ').append(tokens.get(k).word());
            }
            DateValue day = on.get().getValue();
            found.add(new Found(i, end, count.get(), day, "\u201c" + ordinal + COUNTS + ", "
                    + (day.granularity() == Granularity.DAY ? "on " : "in ") + day.display()));
        }
        return found;
    }

    /** "the 165th and 166th members", "the seventh or eighth member": two newcomers, or a doubt. */
    private static boolean joinedToAnother(Tokens tokens, int i) {
        boolean before = i >= 2 && tokens.lower(i - 1).matches("and|or|,")
                && Ordinals.of(tokens.lower(i - 2)).isPresent();
        boolean after = i + 2 < tokens.size() && tokens.lower(i + 1).matches("and|or|,")
                && Ordinals.of(tokens.lower(i + 2)).isPresent();
        return before || after;
    }

    /**
     * "the second member to ratify", "the third member state that left": the ordinal ranks a deed. "Of" and the
     * organisation's name may come between ("the 11th member of BRICS to join").
     */
    private static boolean ranksADeed(Tokens tokens, int end) {
        int k = end;
        if (k < tokens.size() && tokens.lower(k).equals("of")) {
            k++;
            while (k < tokens.size() && (tokens.isProperNoun(k) || tokens.pos(k).equals("DT"))) {
                k++;
            }
        }
        if (k >= tokens.size()) {
            return false;
        }
        if (tokens.lower(k).matches("that|who|which|whose")) {
            return true;
        }
        if (tokens.lower(k).equals("to")) {
            String next = k + 1 < tokens.size() ? tokens.lower(k + 1) : "";
            boolean admitted = next.equals("be") && k + 2 < tokens.size()
                    && tokens.lower(k + 2).matches("admitted|accepted|granted");
            return !JOINING.contains(next) && !admitted;
        }
        return false;
    }

    /** The date nearest the ordinal that names a day, a month or a year, not a decade or a range. */
    private static Optional<Map.Entry<Integer, DateValue>> nearestDate(List<Map.Entry<Integer, DateValue>> dates,
            int at) {
        return dates.stream()
                .filter(d -> d.getValue().granularity() == Granularity.DAY
                        || d.getValue().granularity() == Granularity.MONTH
                        || d.getValue().granularity() == Granularity.YEAR)
                .min(java.util.Comparator.comparingInt(d -> Math.abs(d.getKey() - at)));
    }
}
