package org.claimcheck.verify.judge;

import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.claimcheck.reference.DirectedRate;
import org.claimcheck.reference.Rate;
import org.claimcheck.value.Amount;
import org.claimcheck.value.Unit;
import org.claimcheck.verify.words.ValueText;

/**
 * How a claimed amount was carried into the reference's currency: the rate ({@code rate.factor()} units of
 * {@code target} per one unit of the claim's currency) and, when the rate's period is not the figure's own,
 * why that period was used ({@code periodNote}, else null).
 */
record Conversion(DirectedRate rate, Unit target, String periodNote) {

    Conversion {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(target, "target");
        if (!rate.currency().equals(target.code())) {
            throw new IllegalArgumentException("rate into " + rate.currency() + " used for " + target.code());
        }
    }

    /** The claimed amount in the target currency, to one digit more than the claim states. */
    Amount convert(Amount claim) {
        MathContext digits = new MathContext(claim.number().precision() + 1, RoundingMode.HALF_UP);
        return new Amount(claim.number().multiply(rate.factor()).round(digits), target);
    }

    /**
     * "≈ $173.9 billion at the 2021 average rate of 1.1830 USD per EUR (Federal Reserve G.5A …)": the rate as
     * its row gives it, whichever way round the conversion used it.
     */
    String describe(Amount claim) {
        Rate row = rate.row();
        String text = "\u2248 " + ValueText.of(convert(claim)) + " at the " + ValueText.of(row.period())
                + " average rate of " + row.describe() + " (" + SourceNames.shortName(row.source()) + ")";
        return periodNote == null ? text : text + ", " + periodNote;
    }
}
