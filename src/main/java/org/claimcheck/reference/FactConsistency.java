package org.claimcheck.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.Position;
import org.claimcheck.value.Amount;
import org.claimcheck.value.Value;

/**
 * Finds facts that say the same thing twice or contradict each other: the same subject, attribute, period and
 * vintage with the same value (duplicate) or different values (conflict). Different vintages may differ: that
 * is how a first estimate and a later revision coexist.
 */
final class FactConsistency {

    private record Key(String subjectId, String attribute, Object period, Object vintage) {
    }

    private FactConsistency() {
    }

    /** @param pathOf the path messages use for a fact's table file name */
    static List<Problem> check(List<Fact> facts, Map<String, String> pathOf) {
        List<Problem> problems = new ArrayList<>();
        Map<Key, List<Fact>> seen = new HashMap<>();
        List<Fact> ordered = facts.stream()
                .sorted(Comparator.comparing(Fact::table).thenComparingInt(Fact::line))
                .toList();
        for (Fact fact : ordered) {
            Key key = new Key(fact.subjectId(), fact.attribute(), fact.period(), fact.vintage());
            List<Fact> earlier = seen.computeIfAbsent(key, k -> new ArrayList<>());
            String path = pathOf.get(fact.table());
            for (Fact other : earlier) {
                String otherRow = pathOf.get(other.table()) + ":" + other.line();
                if (sameValue(fact.value(), other.value())) {
                    problems.add(Problem.error(ReferenceProblems.DUPLICATE_FACT, path, new Position(fact.line(), 1),
                            ReferenceProblems.duplicateFact(otherRow)));
                } else {
                    problems.add(Problem.error(ReferenceProblems.CONFLICTING_FACTS, path,
                            new Position(fact.line(), 1), ReferenceProblems.conflictingFacts(otherRow,
                                    written(other), written(fact))));
                }
                break;
            }
            earlier.add(fact);
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

    private static String written(Fact fact) {
        return fact.value().display();
    }
}
