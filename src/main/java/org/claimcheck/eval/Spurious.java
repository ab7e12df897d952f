package org.claimcheck.eval;

import java.util.Objects;
import java.util.Optional;
import org.claimcheck.verify.Finding;

/**
 * An extracted claim that counts against precision because it is no claim: it was matched to a NOT_A_CLAIM
 * row, or no row took it ({@code matched} false). {@code nonClaim} is the NOT_A_CLAIM row its span overlaps
 * (the one it was matched to, or for an unmatched claim a second claim in one non-claim phrase), null when
 * it overlaps none.
 *
 * @param path the article's file, for {@code path:line:col}
 */
public record Spurious(String path, Finding finding, LocatedLabel nonClaim, boolean matched) {

    public Spurious {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(finding, "finding");
        if (matched && nonClaim == null) {
            throw new IllegalArgumentException("a matched spurious claim was matched to a NOT_A_CLAIM row");
        }
    }

    public Optional<LocatedLabel> findNonClaim() {
        return Optional.ofNullable(nonClaim);
    }

    public String where() {
        return path + ":" + finding.claim().position();
    }
}
