package org.claimcheck.verify.judge;

import java.math.BigDecimal;
import java.math.MathContext;
import org.claimcheck.reference.Tolerance;
import org.claimcheck.value.Amount;
import org.claimcheck.value.Qualifier;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;

/**
 * Compares an amount in one currency with a reference in another, at an annual (or monthly) average rate.
 * The claim is judged by the usual amount rules, widened by {@link Bands#EXCHANGE_RATE} of the reference
 * because an average is not the rate the writer or the source actually used. A figure that matches the
 * reference only when read in the reference's currency is a wrong currency, and contradicted. Without a
 * rate, different currencies never compare.
 */
final class CurrencyRule {

    private static final MathContext MATH = MathContext.DECIMAL64;

    private CurrencyRule() {
    }

    static Outcome compare(Amount claim, Qualifier qualifier, Amount reference, Tolerance tolerance,
            Conversion conversion) {
        // Comparing in the claim's currency keeps the claim's own precision; every ratio, and so every
        // percentage in the explanation, is the same as comparing the converted claim with the reference.
        BigDecimal factor = conversion.rate().factor();
        Amount inClaimCurrency = new Amount(reference.number().divide(factor, MATH), claim.unit());
        BigDecimal tolerated = AmountRule.toleranceInBase(tolerance, reference).divide(factor, MATH);
        Outcome strict = AmountRule.sameDimension(claim, qualifier, inClaimCurrency, new Tolerance(tolerated, null));
        if (strict.is(Verdict.SUPPORTED)) {
            return strict.convertedBy(conversion);
        }
        String gap = AmountRule.difference(claim, inClaimCurrency, tolerated).text();
        if (isPointFigure(qualifier) && sameFigureMatches(claim, qualifier, reference, tolerance)) {
            return Outcome.wrongCurrency("the figure matches the reference in " + reference.unit().code()
                    + "; converted from " + claim.unit().code() + " it is " + gap, conversion);
        }
        BigDecimal band = inClaimCurrency.inBaseUnit().abs().multiply(Bands.EXCHANGE_RATE);
        Outcome banded = AmountRule.sameDimension(claim, qualifier, inClaimCurrency,
                new Tolerance(tolerated.add(band), null));
        if (banded.is(Verdict.SUPPORTED)) {
            return Outcome.supported(Reason.WITHIN_RATE_ALLOWANCE, "within the 5 % allowed for the exchange rate")
                    .convertedBy(conversion);
        }
        return banded.convertedBy(conversion);
    }

    /** No rate: unverifiable, with a hint when the same number in the reference's currency would match. */
    static Outcome withoutRate(Amount claim, Qualifier qualifier, Amount reference, Tolerance tolerance,
            String why) {
        String mismatch = "claim in " + claim.unit().code() + ", reference in " + reference.unit().code() + "; "
                + why;
        if (sameFigureMatches(claim, qualifier, reference, tolerance)) {
            mismatch += " (the same figure in " + reference.unit().code() + " would match)";
        }
        return Outcome.unverifiable(Reason.NO_EXCHANGE_RATE, mismatch);
    }

    /** Whether the claimed number, read in the reference's currency, is supported by the usual rules. */
    private static boolean sameFigureMatches(Amount claim, Qualifier qualifier, Amount reference,
            Tolerance tolerance) {
        Amount sameNumber = new Amount(claim.number(), reference.unit());
        return AmountRule.sameDimension(sameNumber, qualifier, reference, tolerance).is(Verdict.SUPPORTED);
    }

    /** Inequalities ("more than €100 billion") hold for many figures, so a match says nothing about currency. */
    private static boolean isPointFigure(Qualifier qualifier) {
        return qualifier != Qualifier.MORE_THAN && qualifier != Qualifier.AT_LEAST
                && qualifier != Qualifier.LESS_THAN && qualifier != Qualifier.AT_MOST;
    }
}
