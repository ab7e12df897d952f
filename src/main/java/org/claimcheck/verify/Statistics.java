package org.claimcheck.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimcheck.extract.Claim;
import org.claimcheck.places.Gazetteer;
import org.claimcheck.series.SeriesIndex;
import org.claimcheck.statistics.Ground;
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
        return new Finding(claim, verdict, reason(f.ground()), evidence, f.explanation(), basis);
    }

    /** The reason code of what a statistical judgement rests on: one of its own for each ground. */
    static Reason reason(Ground ground) {
        return switch (ground) {
            case LEVEL -> Reason.SERIES_LEVEL;
            case CHANGE -> Reason.SERIES_CHANGE;
            case TREND -> Reason.SERIES_TREND;
            case RANK -> Reason.SERIES_RANK;
            case RECORD -> Reason.SERIES_RECORD;
            case SPAN -> Reason.SERIES_SPAN;
            case WITHIN_REVISION_MARGIN -> Reason.WITHIN_REVISION_MARGIN;
            case ANOTHER_QUANTITY -> Reason.ANOTHER_QUANTITY;
            case NO_FIGURE_FOR_YEAR -> Reason.NO_FIGURE_FOR_YEAR;
            case TOO_FEW_FIGURES -> Reason.TOO_FEW_FIGURES;
            case PERIOD_AFTER_PUBLICATION -> Reason.PERIOD_AFTER_PUBLICATION;
            case ZERO_BASE -> Reason.ZERO_BASE;
            case RANK_UNREAD -> Reason.RANK_UNREAD;
            case GROUP_INCOMPLETE -> Reason.GROUP_INCOMPLETE;
            case RECORD_START_UNCLEAR -> Reason.RECORD_START_UNCLEAR;
            case ALMOST_UNDECIDED -> Reason.ALMOST_UNDECIDED;
            case NO_SERIES -> Reason.NO_SERIES;
            case FIGURE_NOT_IN_SERIES -> Reason.FIGURE_NOT_IN_SERIES;
            case YEARS_UNCLEAR -> Reason.YEARS_UNCLEAR;
            case DATE_OF_FIGURE -> Reason.DATE_OF_FIGURE;
            case SHARE_OF_CHANGE -> Reason.SHARE_OF_CHANGE;
            case PLACE_UNCLEAR -> Reason.PLACE_UNCLEAR;
            case SEVERAL_PLACES -> Reason.SEVERAL_PLACES;
            case NARROWER_GROUP -> Reason.NARROWER_GROUP;
            case COMBINED_CHANGE -> Reason.COMBINED_CHANGE;
            case CHANGE_NEEDS_SPAN -> Reason.CHANGE_NEEDS_SPAN;
            case SERIES_DISAGREE -> Reason.SERIES_DISAGREE;
            case NO_RULE_APPLIES -> Reason.NO_RULE_APPLIES;
        };
    }

    private static Evidence evidence(SeriesEvidence e) {
        return new Evidence(e.file(), 0, e.subjectName(), e.attributeId(), e.value(), e.years(), e.source(),
                e.vintage() == null || e.vintage().isEmpty() ? null : e.vintage(), e.title());
    }
}
