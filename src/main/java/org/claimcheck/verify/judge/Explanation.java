package org.claimcheck.verify.judge;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.reference.Fact;
import org.claimcheck.value.Amount;
import org.claimcheck.value.Value;
import org.claimcheck.verify.words.ValueText;

/**
 * Writes the one-line explanation of a finding: how a relative date was resolved, what the claim says, what
 * the reference says and where it comes from, the outcome, and any note (assumption, later revision, why a
 * candidate was chosen). Example: {@code claims 2016; reference 2019-12-02 (Power of Siberia,
 * began-operations) — contradicted: wrong year (off by 3 years); Gazprom press release, vintage 2019-12-02}.
 */
public final class Explanation {

    private final StringBuilder text = new StringBuilder();
    private final List<String> notes = new ArrayList<>();
    private final Value claimed;

    private Explanation(Claim claim) {
        this.claimed = claim.value();
        claim.findResolution().ifPresent(r -> text.append(r).append("; "));
        text.append("claims ").append(ValueText.of(claim.qualifier(), claim.value()));
        if (claim.record()) {
            text.append(" (a record)");
        }
    }

    public static Explanation of(Claim claim) {
        return new Explanation(claim);
    }

    /**
     * "; reference $146.88 billion for 2021 (Russia–China trade, trade) — supported; source, vintage …", after
     * the claim's conversion into the reference's currency when the comparison used one ("≈ $173.9 billion at
     * the 2021 average rate of 1.1830 USD per EUR (…)").
     */
    Explanation reference(Fact fact, String subjectName, Outcome outcome) {
        if (outcome.conversion() != null && claimed instanceof Amount amount) {
            text.append(' ').append(outcome.conversion().describe(amount));
        }
        text.append("; reference ").append(ValueText.of(fact.value()));
        if (fact.period() != null) {
            text.append(" for ").append(ValueText.of(fact.period()));
        }
        text.append(" (").append(subjectName).append(", ").append(fact.attribute()).append(") \u2014 ")
                .append(outcome.detail()).append("; ").append(fact.source());
        if (fact.vintage() != null) {
            text.append(", vintage ").append(fact.vintage());
        }
        return this;
    }

    /** "; no figure for 2022 (…)" and similar statements of what is missing or undecided. */
    public Explanation then(String statement) {
        text.append("; ").append(statement);
        return this;
    }

    public Explanation note(String note) {
        if (note != null && !note.isBlank()) {
            notes.add(note);
        }
        return this;
    }

    public String line() {
        StringBuilder line = new StringBuilder(text);
        notes.forEach(n -> line.append("; ").append(n));
        return line.toString().replaceAll("\\s*\\R\\s*", " ");
    }
}
