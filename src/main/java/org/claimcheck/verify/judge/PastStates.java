package org.claimcheck.verify.judge;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.extract.Claim;
import org.claimcheck.verify.words.ClaimGeometry;

/**
 * Recognises a figure stated for an earlier state of its subject ("When built, the canal was 164 km long",
 * "when it was finished, the canal had a length of 164 km", "originally 8 m deep"). A table figure without a
 * period is the subject's as the source gives it today, so it can neither support nor contradict such a figure.
 */
final class PastStates {

    private static final Pattern MARKER = Pattern.compile(
            "(?i)\\b(?:when\\s+(?:it\\s+|they\\s+|the\\s+\\p{L}+\\s+)?(?:was\\s+|were\\s+)?"
                    + "(?:built|finished|completed|constructed|opened|launched|inaugurated|founded|created|new)|"
                    + "originally|initially|at\\s+first|at\\s+the\\s+time|at\\s+its\\s+opening|at\\s+the\\s+outset)\\b");

    private PastStates() {
    }

    /** The words that set the figure at an earlier state ("When built"), if the sentence has them before it. */
    static Optional<String> marker(Claim claim) {
        Matcher m = MARKER.matcher(claim.sentence().substring(0, ClaimGeometry.valueStart(claim)));
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
