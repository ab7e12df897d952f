package org.claimcheck.verify.link;

import java.util.Optional;
import org.claimcheck.extract.Claim;
import org.claimcheck.verify.words.ClaimGeometry;

/**
 * A figure in brackets right after a name is that name's: "India's GDP ranks above the UK ($3,159 billion),
 * France ($2,924 billion) and Canada ($2,089 billion)" gives the UK's, France's and Canada's GDP, whatever
 * else the sentence names.
 */
final class BracketedFigure {

    private BracketedFigure() {
    }

    /**
     * The claim's subject phrase when the value stands alone in brackets right after it and the phrase is a name
     * ("the UK"), if so; "1,244 feet (379 metres)" converts a figure.
     */
    static Optional<String> owner(Claim claim) {
        int[] phrase = ClaimGeometry.subjectPhrase(claim);
        String sentence = claim.sentence();
        if (phrase == null || phrase[1] > ClaimGeometry.valueStart(claim)) {
            return Optional.empty();
        }
        String before = sentence.substring(phrase[1], ClaimGeometry.valueStart(claim));
        String after = sentence.substring(ClaimGeometry.valueEnd(claim));
        String owner = sentence.substring(phrase[0], phrase[1]);
        // A name, not "1,244 feet (379 metres)", where the brackets convert the figure before them
        boolean named = owner.chars().anyMatch(Character::isUpperCase) && owner.chars().noneMatch(Character::isDigit);
        boolean bracketed = before.strip().equals("(") && after.stripLeading().startsWith(")");
        return named && bracketed ? Optional.of(owner) : Optional.empty();
    }
}
