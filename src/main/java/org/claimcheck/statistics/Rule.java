package org.claimcheck.statistics;

import java.util.Optional;

/** One way a statistical claim can be read and judged; empty when the claim does not say that kind of thing. */
interface Rule {

    Optional<StatisticalFinding> judge(Reading reading);
}
