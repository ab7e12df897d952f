package org.claimcheck.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;

/**
 * Finds the period a measure refers to. In "trade reached $147 billion in 2021" the year is the period of the
 * amount, not a date claim of its own: a date right after an amount ("in 2021", "for the first quarter of
 * 2022", "between 2015 and 2020"), or a sentence-opening "In 2021," followed by a measure verb before the
 * amount; a round figure named as a mark or level keeps its period ("crossed the $100 billion mark in 2021"). A
 * date used as a period is consumed and not reported separately.
 */
final class PeriodLinker {

    private static final Set<String> CONNECTORS = Set.of("in", "for", "during", "of", "by", "the", "end", "year",
            "fiscal", "calendar", "first", "second", "third", "fourth", "half", "quarter", "between", "over",
            "throughout", "as", "at", ",", "from", "set", "recorded", "registered", "posted", "seen", "achieved",
            "\u201d", "\"", "''",
            // "crossed the $100 billion mark in 2021": the noun a round figure is named by
            "mark", "level", "threshold", "milestone", "barrier");
    private static final Set<String> OPENERS = Set.of("in", "for", "during", "by", "throughout");
    private static final Set<String> MEASURE_VERBS = Set.of("reach", "rise", "grow", "fall", "increase", "decrease",
            "total", "stand", "amount", "hit", "exceed", "top", "climb", "jump", "drop", "decline", "surge", "be",
            "soar", "slip", "shrink", "expand", "double", "triple", "plunge", "rebound", "account", "come", "equal",
            "value", "produce", "export", "import", "ship", "deliver", "pump", "sell", "buy", "carry", "handle",
            "transport", "supply", "send", "earn", "spend", "invest", "lend", "receive");
    private static final int MAX_GAP = 4;

    private final Tokens tokens;

    PeriodLinker(Tokens tokens) {
        this.tokens = tokens;
    }

    /** Maps each amount candidate index to the date candidate index that is its period. */
    Map<Integer, Integer> link(List<Candidate> candidates, List<ReadValue> values) {
        Map<Integer, Integer> periods = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (values.get(i) == null || values.get(i).kind() == ClaimKind.DATE) {
                continue;
            }
            int after = i + 1;
            if (after < candidates.size() && isPeriod(values.get(after))
                    && onlyConnectors(candidates.get(i).to(), candidates.get(after).from())
                    && !isComparisonBase(candidates.get(i), candidates.get(after), values.get(after))) {
                periods.put(i, after);
            }
        }
        linkOpeningPeriod(candidates, values, periods);
        return periods;
    }

    private void linkOpeningPeriod(List<Candidate> candidates, List<ReadValue> values, Map<Integer, Integer> periods) {
        if (candidates.isEmpty() || !isPeriod(values.get(0)) || periods.containsValue(0)) {
            return;
        }
        Candidate date = candidates.get(0);
        boolean opens = date.from() <= 2 && OPENERS.contains(tokens.lower(date.from() - 1))
                || date.from() == 0;
        if (!opens || candidates.size() < 2 || values.get(1) == null || values.get(1).kind() == ClaimKind.DATE) {
            return;
        }
        if (firstVerbIsMeasureVerb(date.to(), candidates.get(1).from())) {
            periods.putIfAbsent(1, 0);
            // "In 2021 trade reached $147 billion, an increase of 36%": the opening period covers every
            // later amount of the sentence that states no period of its own.
            for (int i = 2; i < candidates.size(); i++) {
                ReadValue v = values.get(i);
                if (v != null && v.kind() == ClaimKind.DATE) {
                    break;
                }
                if (v != null && !periods.containsKey(i)) {
                    periods.put(i, 0);
                }
            }
        }
    }

    /** Dates that only name what a change is compared against ("up 26.3% from 2022"): not claims of their own. */
    java.util.Set<Integer> comparisonBases(List<Candidate> candidates, List<ReadValue> values) {
        java.util.Set<Integer> bases = new java.util.HashSet<>();
        for (int i = 0; i + 1 < candidates.size(); i++) {
            ReadValue v = values.get(i);
            if (v != null && v.kind() == ClaimKind.PERCENT && isPeriod(values.get(i + 1))
                    && onlyConnectors(candidates.get(i).to(), candidates.get(i + 1).from())
                    && isComparisonBase(candidates.get(i), candidates.get(i + 1), values.get(i + 1))) {
                bases.add(i + 1);
            }
        }
        return bases;
    }

    /**
     * "up 26.3% from 2022" names the year compared against, not the period of the change; "from 2015 to 2020"
     * is a range and does give the period.
     */
    private boolean isComparisonBase(Candidate amount, Candidate date, ReadValue dateValue) {
        boolean from = false;
        for (int i = amount.to(); i < date.from(); i++) {
            from |= tokens.lower(i).equals("from") || tokens.lower(i).equals("on");
        }
        return from && ((DateValue) dateValue.value()).granularity() != Granularity.RANGE;
    }

    private boolean firstVerbIsMeasureVerb(int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.isVerb(i)) {
                String lemma = tokens.get(i).lemma();
                return lemma != null && MEASURE_VERBS.contains(lemma.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    private boolean onlyConnectors(int from, int to) {
        if (to - from > MAX_GAP) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!CONNECTORS.contains(tokens.lower(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPeriod(ReadValue v) {
        if (v == null || !(v.value() instanceof DateValue d)) {
            return false;
        }
        Granularity g = d.granularity();
        return g != Granularity.DAY && g != Granularity.CENTURY;
    }
}
