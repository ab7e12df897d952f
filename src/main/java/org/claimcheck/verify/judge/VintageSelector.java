package org.claimcheck.verify.judge;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.claimcheck.reference.Fact;

/**
 * Chooses which vintage of a figure an article is held to: the newest one published on or before the
 * article's publication date (facts without a vintage always count), so a first estimate later revised is
 * not the writer's fault. Later revisions are kept for the explanation. Without a publication date, or when
 * every vintage is later than the article, all vintages are judged and any one of them may support the claim.
 */
final class VintageSelector {

    private VintageSelector() {
    }

    static VintageChoice select(List<Fact> facts, LocalDate published) {
        if (published == null) {
            boolean several = facts.stream().map(Fact::vintage).distinct().count() > 1;
            return new VintageChoice(facts, true, List.of(),
                    several ? "no publication date, so every vintage was considered" : "");
        }
        List<Fact> known = facts.stream().filter(f -> f.vintage() == null || !f.vintage().isAfter(published)).toList();
        List<Fact> later = facts.stream().filter(f -> f.vintage() != null && f.vintage().isAfter(published))
                .sorted(Comparator.comparing(Fact::vintage)).toList();
        if (known.isEmpty()) {
            return new VintageChoice(facts, true, List.of(),
                    "every vintage is later than the article (" + published + ")");
        }
        LocalDate newest = known.stream().map(Fact::vintage).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<Fact> judged = known.stream()
                .filter(f -> f.vintage() == null || f.vintage().equals(newest)).toList();
        return new VintageChoice(judged, false, later, "");
    }
}
