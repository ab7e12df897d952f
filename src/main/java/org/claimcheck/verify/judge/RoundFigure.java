package org.claimcheck.verify.judge;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.claimcheck.extract.Claim;
import org.claimcheck.reference.Fact;
import org.claimcheck.value.Amount;
import org.claimcheck.value.Qualifier;

/**
 * A plain figure written with two or more zeros at the end of its whole number ("8100 patients", "300,000 troops")
 * is often a round figure, though nothing in the text says so: "a study involving 8100 patients" of a trial that
 * enrolled 8,076. A conflict that disappears when the zeros are read as rounding goes to review, never to a
 * contradiction; one that stays ("8100" against 7,500) is judged as before. One zero is a stated digit ("$150
 * billion" is precise to the billion).
 */
final class RoundFigure {

    private static final int MIN_ZEROS = 2;

    private RoundFigure() {
    }

    /** Whether the figure ends in two or more zeros and the fact lies within the rounding they may stand for. */
    static boolean mayBeRounded(Claim claim, Fact fact) {
        if (claim.qualifier() != Qualifier.EXACT || fact == null
                || !(claim.value() instanceof Amount amount) || !(fact.value() instanceof Amount reference)
                || !amount.unit().comparableWith(reference.unit())) {
            return false;
        }
        // The zeros as written: "8100" keeps them in its digits, "$150 billion" has one, "2.50" none before its point.
        BigDecimal number = amount.number();
        int zeros = 0;
        if (number.scale() <= 0 && number.signum() != 0) {
            BigInteger digits = number.unscaledValue();
            while (digits.mod(BigInteger.TEN).signum() == 0) {
                digits = digits.divide(BigInteger.TEN);
                zeros++;
            }
        }
        if (zeros < MIN_ZEROS) {
            return false;
        }
        BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(zeros);
        BigDecimal half = step.multiply(amount.statedPrecision()).divide(BigDecimal.valueOf(2));
        return amount.inBaseUnit().subtract(reference.inBaseUnit()).abs().compareTo(half) <= 0;
    }
}
