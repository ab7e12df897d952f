package org.claimcheck.verify;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.DateValue;

/**
 * What a claim states a value of, so that two statements of the same fact in one article can be found: the
 * linked subject, attribute and period when the claim was linked to one pair, else its own subject phrase,
 * predicate (by stems) and period. A measure needs a stated period on both sides, because "trade reached …"
 * twice without a year may well speak of two years; an event needs none. A date that is the period of another
 * claim in its sentence ("$147 billion in 2021") states no event, and a pronoun ("it", "they") is no subject
 * one can recognise in another sentence: neither gets a key.
 */
record StatementKey(String key, String subject, String attribute) {

    private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "them", "this", "that", "these", "those",
            "he", "she", "we", "which", "who", "both", "all");

    static Optional<StatementKey> of(Claim claim, LinkResult link, List<Claim> sentenceClaims) {
        boolean measure = claim.kind() != ClaimKind.DATE;
        if (measure && claim.period() == null) {
            return Optional.empty();
        }
        if (!measure && claim.value() instanceof DateValue date && sentenceClaims.stream()
                .anyMatch(c -> c != claim && PeriodSelector.samePeriod(c.period(), date))) {
            return Optional.empty();
        }
        String period = measure ? span(claim.period()) : "";
        String family = measure ? "amount" : "date";
        if (link != null && link.linked()) {
            return Optional.of(new StatementKey(String.join("|", "linked", link.link().subjectId(),
                    link.link().attributeId(), period, family), link.link().subjectId(), link.link().attributeId()));
        }
        if (claim.subject() == null || claim.predicate() == null) {
            return Optional.empty();
        }
        String subject = Words.key(claim.subject());
        String predicate = String.join(" ", PhraseMatcher.stems(claim.predicate()));
        if (subject.isEmpty() || predicate.isEmpty() || PRONOUNS.contains(subject)) {
            return Optional.empty();
        }
        return Optional.of(new StatementKey(String.join("|", "text", subject, predicate, period, family),
                claim.subject(), claim.predicate()));
    }

    private static String span(DateValue period) {
        return period.first() + ".." + period.last();
    }
}
