package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;

/**
 * An ordinal anniversary dated in its own sentence dates the event it marks: "On 6 December 2024, the 25th
 * anniversary of the Treaty on the Creation of the Union State" says the treaty dates from 1999, and "On October
 * 5, 2017, the process celebrated its 25th anniversary" that the process began in 1992. The claim is that year,
 * read at year precision: an anniversary is often marked a few days or weeks off the exact date. Without a date
 * of its own in the sentence ("its 45th anniversary falls next year") there is nothing to reckon from.
 */
public final class Anniversaries {

    /** The predicate of an anniversary claim: verify links it to the event the subject began with. */
    static final String PREDICATE = "anniversary";

    /** Whether {@code claim} is the year an anniversary dates its event to, not a date the text states. */
    public static boolean marks(Claim claim) {
        return PREDICATE.equals(claim.predicate()) && claim.resolution() != null && claim.text().matches("(?i).*("
                + PREDICATE + "|centenary|centennial|bicentenary)");
    }

    /** The anniversaries named without an ordinal. */
    private static final Map<String, Integer> NAMED = Map.of("centenary", 100, "centennial", 100,
            "bicentenary", 200);

    private Anniversaries() {
    }

    /** One anniversary: the tokens {@code [from, to)} of "25th anniversary" and the year of the event it marks. */
    record Found(int from, int to, DateValue origin, String resolution) {
    }

    /**
     * The anniversaries in a sentence whose {@code dates} (absolute dates read from its candidates, in token
     * order, each with its first token) give the day they were marked.
     */
    static List<Found> find(Tokens tokens, List<Map.Entry<Integer, DateValue>> dates) {
        List<Found> found = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (!tokens.lower(i).equals(PREDICATE) && !tokens.lower(i).matches("centenary|centennial|bicentenary")) {
                continue;
            }
            boolean noun = tokens.lower(i).equals(PREDICATE);
            int from = noun ? i - 1 : i;
            Optional<Integer> years = noun ? ordinal(tokens.lower(i - 1)) : ordinal(tokens.lower(i));
            Optional<Map.Entry<Integer, DateValue>> marked = nearest(dates, i);
            if (years.isEmpty() || marked.isEmpty()) {
                continue;
            }
            DateValue on = marked.get().getValue();
            int year = on.first().getYear() - years.get();
            String ordinalText = tokens.get(from).word() + (noun ? " " + tokens.get(i).word() : "");
            found.add(new Found(from, i + 1, DateValue.year(year), "\u201c" + ordinalText + "\u201d marked "
                    + (on.granularity() == Granularity.DAY ? "on " : "in ") + on.display() + " dates the event it marks to " + year));
        }
        return found;
    }

    private static Optional<Integer> ordinal(String word) {
        return Ordinals.of(word).or(() -> Optional.ofNullable(NAMED.get(word)));
    }

    /** The date nearest the anniversary that names at least its year, neither a range nor a decade. */
    private static Optional<Map.Entry<Integer, DateValue>> nearest(List<Map.Entry<Integer, DateValue>> dates, int at) {
        return dates.stream()
                .filter(d -> switch (d.getValue().granularity()) {
                    case DAY, MONTH, QUARTER, SEASON, YEAR -> true;
                    case DECADE, CENTURY, RANGE -> false;
                })
                .min(java.util.Comparator.comparingInt(d -> Math.abs(d.getKey() - at)));
    }
}
