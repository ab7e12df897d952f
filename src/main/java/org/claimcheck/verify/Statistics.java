package org.claimcheck.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimcheck.extract.Claim;
import org.claimcheck.places.Gazetteer;
import org.claimcheck.series.SeriesIndex;
import org.claimcheck.statistics.SeriesEvidence;
import org.claimcheck.statistics.StatisticalFinding;
import org.claimcheck.statistics.StatisticsJudge;

/**
 * The one point where verification hands a claim to the statistics rules: a claim the tables do not link, whose
 * sentence names a place and an indicator of the folder's series. Without series it never answers, so findings
 * stay exactly what the tables give.
 */
final class Statistics {

    /** The place and the indicator are the sentence's own words, not taken from the text around it. */
    private static final String BASIS = "place and indicator named in the claim's sentence";

    private final StatisticsJudge judge;

    Statistics(SeriesIndex series) {
        this.judge = series.isEmpty() ? null : new StatisticsJudge(series, Gazetteer.bundled());
    }

    Optional<Finding> judge(Claim claim, List<Claim> sentence, LocalDate published) {
        if (judge == null) {
            return Optional.empty();
        }
        return judge.judge(claim, sentence, published).map(f -> finding(claim, f));
    }

    private static Finding finding(Claim claim, StatisticalFinding f) {
        Verdict verdict = switch (f.outcome()) {
            case SUPPORTED -> Verdict.SUPPORTED;
            case CONTRADICTED -> Verdict.CONTRADICTED;
            case UNVERIFIABLE -> Verdict.UNVERIFIABLE;
        };
        List<Evidence> evidence = f.evidence().stream().map(Statistics::evidence).toList();
        LinkBasis basis = evidence.isEmpty() ? LinkBasis.UNLINKED : new LinkBasis(LinkStrength.SENTENCE, BASIS);
        return new Finding(claim, verdict, evidence, f.explanation(), basis);
    }

    private static Evidence evidence(SeriesEvidence e) {
        return new Evidence(e.file(), 0, e.subjectName(), e.attributeId(), e.value(), e.years(), e.source(),
                e.vintage() == null || e.vintage().isEmpty() ? null : e.vintage(), e.title());
    }
}
