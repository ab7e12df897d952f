package org.claimcheck.verify.consistency;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.DateValue;
import org.claimcheck.verify.judge.PeriodSelector;
import org.claimcheck.verify.link.Link;
import org.claimcheck.verify.link.LinkResult;
import org.claimcheck.verify.link.Place;
import org.claimcheck.verify.words.Words;

/**
 * What a claim states a value of, so that two statements of the same fact in one article can be found: the
 * linked subject, attribute and period (an event's subject named in the claim's own words). A measure needs a stated period on both sides, because "trade reached …"
 * twice without a year may well speak of two years; an event needs none. A date that is the period of another
 * claim in its sentence ("$147 billion in 2021") states no event, and a pronoun ("it", "they") is no subject
 * one can recognise in another sentence: neither gets a key; nor does a claim whose link is an assumption.
 */
public record StatementKey(String key, String subject, String attribute) {

    private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "them", "this", "that", "these", "those",
            "he", "she", "we", "which", "who", "both", "all");

    public static Optional<StatementKey> of(Claim claim, LinkResult link, List<Claim> sentenceClaims) {
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
        // Only a claim linked to one subject and attribute of the tables states a recognisable fact. Without a
        // link, two sentences with similar words often speak of different things ("joined in 2021", "joined in
        // 2024"), which made false contradictions; an event also needs its subject in the claim's own words.
        if (!(link instanceof LinkResult.Linked linked)) {
            return Optional.empty();
        }
        Link one = linked.link();
        // A link that is an assumption ("the 2006 G20 ministerial meeting" read as the G20's only event) may be of
        // another fact altogether: it can support, but it is no statement to hold another one against.
        if (one.assumption().isPresent()) {
            return Optional.empty();
        }
        if (!measure && one.subject().place() != Place.CLAIM) {
            return Optional.empty();
        }
        if (claim.subject() != null && PRONOUNS.contains(Words.key(claim.subject()))) {
            return Optional.empty();
        }
        return Optional.of(new StatementKey(String.join("|", "linked", one.subjectId(), one.attributeId(), period,
                family), one.subjectId(), one.attributeId()));
    }

    private static String span(DateValue period) {
        return period.first() + ".." + period.last();
    }
}
