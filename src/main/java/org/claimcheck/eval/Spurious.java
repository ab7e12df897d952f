package org.claimcheck.eval;

import java.util.Objects;
import java.util.Optional;
import org.claimcheck.verify.Finding;

/**
 * An extracted claim that counts against precision: it matched a NOT_A_CLAIM row ({@code nonClaim}), or
 * it matched no row at all ({@code nonClaim} null).
 *
 * @param path the article's file, for {@code path:line:col}
 */
public record Spurious(String path, Finding finding, LocatedLabel nonClaim) {

    public Spurious {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(finding, "finding");
    }

    public Optional<LocatedLabel> findNonClaim() {
        return Optional.ofNullable(nonClaim);
    }

    public String where() {
        return path + ":" + finding.claim().position();
    }
}
