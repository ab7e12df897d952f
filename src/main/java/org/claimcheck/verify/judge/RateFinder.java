package org.claimcheck.verify.judge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimcheck.extract.Claim;
import org.claimcheck.reference.Fact;
import org.claimcheck.reference.ReferenceIndex;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Unit;
import org.claimcheck.verify.words.ValueText;

/**
 * Finds the exchange rate that carries a claimed amount into a fact's currency, for one article. The rate is
 * the average for the figure's own period; for a figure without a period, the claim's period; failing both,
 * the year the article was published. Also decides which facts of one figure a claim is compared with when
 * the figure is given in several currencies: those in the claim's own currency, else those a rate converts to.
 */
public final class RateFinder {

    private record PeriodPick(DateValue period, String note) {
    }

    private final ReferenceIndex index;
    private final LocalDate published;

    public RateFinder(ReferenceIndex index, LocalDate published) {
        this.index = index;
        this.published = published;
    }

    Optional<Conversion> find(Unit claimed, Unit target, DateValue factPeriod, DateValue claimPeriod) {
        if (!claimed.isCurrency() || !target.isCurrency() || claimed.comparableWith(target)) {
            return Optional.empty();
        }
        Optional<PeriodPick> pick = pick(factPeriod, claimPeriod);
        return pick.flatMap(p -> index.findRate(target.code(), claimed.code(), p.period())
                .map(rate -> new Conversion(rate, target, p.note())));
    }

    /** Why {@link #find} found nothing: no period to look a rate up for, or no rate for the period. */
    String whyNone(Unit claimed, Unit target, DateValue factPeriod, DateValue claimPeriod) {
        return pick(factPeriod, claimPeriod)
                .map(p -> "no rate table covers " + claimed.code() + " to " + target.code() + " for "
                        + ValueText.of(p.period()))
                .orElse("no period to take a rate for: neither the figure nor the claim states one, and the article"
                        + " has no publication date");
    }

    /**
     * The facts of one figure to compare {@code claim} with: those in the claim's own currency if any, else
     * those a rate converts to, else all of them (and they stay unverifiable). Claims that are not money
     * compare with every fact.
     */
    List<Fact> comparable(Claim claim, List<Fact> facts) {
        if (!(claim.value() instanceof Amount amount) || !amount.unit().isCurrency()) {
            return facts;
        }
        List<Fact> same = facts.stream()
                .filter(f -> f.value() instanceof Amount a && a.unit().comparableWith(amount.unit())).toList();
        if (!same.isEmpty()) {
            return same;
        }
        List<Fact> convertible = facts.stream().filter(f -> f.value() instanceof Amount a
                && find(amount.unit(), a.unit(), f.period(), claim.period()).isPresent()).toList();
        return convertible.isEmpty() ? facts : convertible;
    }

    private Optional<PeriodPick> pick(DateValue factPeriod, DateValue claimPeriod) {
        if (factPeriod != null) {
            return Optional.of(new PeriodPick(factPeriod, null));
        }
        if (claimPeriod != null) {
            return Optional.of(new PeriodPick(claimPeriod, "the claim's period, as the figure states none"));
        }
        if (published != null) {
            return Optional.of(new PeriodPick(DateValue.year(published.getYear()),
                    "the year of publication, as neither the figure nor the claim states a period"));
        }
        return Optional.empty();
    }
}
