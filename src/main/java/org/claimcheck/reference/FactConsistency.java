package org.claimcheck.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.Position;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Value;

/**
 * Finds facts that say the same thing twice or contradict each other: the same subject, attribute, period and
 * vintage with the same value (duplicate) or different values (conflict). Different vintages may differ: that
 * is how a first estimate and a later revision coexist.
 */
final class FactConsistency {

    private record Key(String subjectId, String attribute, DateValue period, LocalDate vintage) {
    }

    private FactConsistency() {
    }

    /** @param pathOf the path messages use for a fact's table file name */
    static List<Problem> check(List<Fact> facts, Map<String, String> pathOf) {
        List<Problem> problems = new ArrayList<>();
        Map<Key, Fact> seen = new HashMap<>();
        List<Fact> ordered = facts.stream()
                .sorted(Comparator.comparing(Fact::table).thenComparingInt(Fact::line))
                .toList();
        for (Fact fact : ordered) {
            Key key = new Key(fact.subjectId(), fact.attribute(), fact.period(), fact.vintage());
            Fact first = seen.putIfAbsent(key, fact);
            if (first == null) {
                continue;
            }
            // Each later row is compared with the first one only: one message per offending row.
            String path = pathOf.get(fact.table());
            String firstRow = pathOf.get(first.table()) + ":" + first.line();
            Position where = new Position(fact.line(), 1);
            if (sameValue(fact.value(), first.value())) {
                problems.add(Problem.error(ReferenceProblems.DUPLICATE_FACT, path, where,
                        ReferenceProblems.duplicateFact(firstRow)));
            } else {
                problems.add(Problem.error(ReferenceProblems.CONFLICTING_FACTS, path, where,
                        ReferenceProblems.conflictingFacts(firstRow, first.value().display(), fact.value().display())));
            }
        }
        return problems;
    }

    /** Amounts are the same when equal in the base unit, however many trailing zeros they were written with. */
    static boolean sameValue(Value a, Value b) {
        if (a instanceof Amount x && b instanceof Amount y) {
            return x.unit().comparableWith(y.unit()) && x.inBaseUnit().compareTo(y.inBaseUnit()) == 0;
        }
        return Objects.equals(a, b);
    }
}
