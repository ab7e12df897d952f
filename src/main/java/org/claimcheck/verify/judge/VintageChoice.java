package org.claimcheck.verify.judge;

import java.util.List;
import org.claimcheck.reference.Fact;

/**
 * The vintages of one figure a claim is judged against. {@code anyMayDecide}: the article's date does not
 * single out a vintage, so a claim that matches any of them is supported. {@code later} are revisions
 * published after the article, reported but never held against it.
 */
record VintageChoice(List<Fact> judged, boolean anyMayDecide, List<Fact> later, String note) {

    VintageChoice {
        judged = List.copyOf(judged);
        later = List.copyOf(later);
    }
}
