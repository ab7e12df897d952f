package org.claimcheck.report;

import java.util.Arrays;
import java.util.Optional;
import org.claimcheck.verify.Verdict;

/** The SARIF rule for each verdict that code scanning reports; supported claims are not results. */
enum SarifRule {
    CONTRADICTED(Verdict.CONTRADICTED, "claim-contradicted", "ContradictedClaim", "error",
            "A dated or numeric claim disagrees with the reference tables.",
            "The article states a date or figure that a curated reference fact, or another statement in the "
                    + "same article, contradicts, beyond the tolerance the reference table allows.",
            "Check the claim against the reference fact shown in the result message: correct the article, or, "
                    + "if the article is right, correct or add a newer vintage of the fact in the reference "
                    + "tables together with its source."),
    POSSIBLE_CONFLICT(Verdict.POSSIBLE_CONFLICT, "claim-possible-conflict", "PossiblyConflictingClaim", "warning",
            "A claim disagrees with a reference fact it is only loosely linked to.",
            "A curated reference fact disagrees with the claim's date or figure, but the claim's link to that "
                    + "fact is not firm (for example its subject is named elsewhere in the sentence or taken from "
                    + "the preceding text or the title, or its period was assumed), so the article may be wrong or "
                    + "the claim may be about something else.",
            "Read the link basis in the result's properties: if the claim is about that fact, correct the article "
                    + "or the reference tables as for a contradicted claim; if it is not, name the subject and "
                    + "period in the sentence, or accept the claim in the baseline. Possible conflicts fail the "
                    + "gate only with --fail-on possible-conflict or a stricter level."),
    AMBIGUOUS(Verdict.AMBIGUOUS, "claim-ambiguous", "AmbiguousClaim", "warning",
            "A claim matches more than one reference fact and the tables cannot tell which is meant.",
            "The claim's subject or measure could refer to several facts (for example two treaties or two "
                    + "periods), so it cannot be checked automatically.",
            "Make the sentence name its subject and period precisely, or add an alias or period to the "
                    + "reference tables so that exactly one fact matches."),
    UNVERIFIABLE(Verdict.UNVERIFIABLE, "claim-unverifiable", "UnverifiableClaim", "note",
            "No reference fact covers this claim.",
            "The claim was found and normalized, but the reference tables hold no fact for its subject, "
                    + "measure and period, so it was not checked.",
            "If the claim matters, add the fact with its source and vintage to the reference tables; "
                    + "otherwise no action is needed.");

    final Verdict verdict;
    final String id;
    final String name;
    final String level;
    final String shortDescription;
    final String fullDescription;
    final String help;

    SarifRule(Verdict verdict, String id, String name, String level, String shortDescription,
            String fullDescription, String help) {
        this.verdict = verdict;
        this.id = id;
        this.name = name;
        this.level = level;
        this.shortDescription = shortDescription;
        this.fullDescription = fullDescription;
        this.help = help;
    }

    static Optional<SarifRule> find(Verdict verdict) {
        return Arrays.stream(values()).filter(r -> r.verdict == verdict).findFirst();
    }
}
