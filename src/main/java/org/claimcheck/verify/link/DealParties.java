package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.reference.Subject;
import org.claimcheck.verify.words.Word;

/**
 * A subject whose name joins two others: "Ochs's purchase of The New York Times" (Adolph Ochs, The New York
 * Times), "Delta–Northwest merger" (Delta Air Lines, Northwest Airlines). A text names such a deal, a merger or
 * a pair's agreement by its parties: "In 1896 Ochs purchased the New York Times", "Delta and Northwest announced a
 * merger agreement". The parties are read from the tables' names once: each other subject one of whose names
 * stands inside one name of the deal, two of them at least in the same name.
 */
final class DealParties {

    private record Pair(Subject first, Subject second) {
    }

    private final Map<Pair, Set<Subject>> deals = new HashMap<>();

    DealParties(NameIndex names) {
        names.all().forEach((deal, dealNames) -> {
            for (List<Word> name : dealNames) {
                List<Subject> parties = new ArrayList<>(new LinkedHashSet<>(names.find(name).stream()
                        .map(NameIndex.Hit::subject).filter(s -> !s.equals(deal)).toList()));
                for (int i = 0; i < parties.size(); i++) {
                    for (int j = i + 1; j < parties.size(); j++) {
                        deals.computeIfAbsent(pair(parties.get(i), parties.get(j)), p -> new LinkedHashSet<>())
                                .add(deal);
                    }
                }
            }
        });
    }

    /** The subjects whose names join {@code a} and {@code b}, in the tables' order. */
    Set<Subject> of(Subject a, Subject b) {
        return deals.getOrDefault(pair(a, b), Set.of());
    }

    private static Pair pair(Subject a, Subject b) {
        return a.id().compareTo(b.id()) <= 0 ? new Pair(a, b) : new Pair(b, a);
    }
}
