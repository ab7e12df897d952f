package org.claimcheck.run;

import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.ingest.Article;
import org.claimcheck.verify.Finding;

/** What a run does with an article's claims: verify them, or (for {@code extract}) just list them. */
@FunctionalInterface
public interface ClaimJudge {

    List<Finding> judge(Article article, List<Claim> claims);
}
