package org.claimcheck.verify;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of linking a claim: exactly one best link, several equally good links (ambiguous), or none with
 * the reason saying what was missing. {@code note} explains a choice among several candidates, or is empty.
 */
record LinkResult(List<Link> best, String failure, String note) {

    LinkResult {
        best = List.copyOf(best);
        Objects.requireNonNull(note, "note");
    }

    static LinkResult none(String failure) {
        return new LinkResult(List.of(), failure, "");
    }

    boolean linked() {
        return best.size() == 1;
    }

    boolean ambiguous() {
        return best.size() > 1;
    }

    Link link() {
        return best.get(0);
    }
}
