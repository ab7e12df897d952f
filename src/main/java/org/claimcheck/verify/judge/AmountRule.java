package org.claimcheck.verify.judge;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.claimcheck.reference.Tolerance;
import org.claimcheck.value.Amount;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Unit;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;
import org.claimcheck.verify.words.UnitKinds;

/**
 * Compares a claimed amount with a reference amount at the claim's own precision. A plain figure is right
 * when the reference lies within half a unit of the claim's last stated digit ("$147 billion" covers 146.5 to
 * 147.5 billion), or rounds to the claim at that digit, widened by the fact's tolerance. "More than", "at
 * least", "less than" and "up to" are inequalities (the tolerance may tip them). "About X" accepts a reference
 * within 5 % of X or one unit of X's last digit, whichever is wider; "nearly X" accepts a reference at most
 * 10 % (or one unit of the last digit) below X and not above X at its precision. When a contradicted claim
 * would fit after moving the decimal point, the explanation says the magnitude is wrong.
 */
final class AmountRule {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final MathContext MATH = MathContext.DECIMAL64;

    private AmountRule() {
    }

    static Outcome compare(Amount claim, Qualifier qualifier, Amount reference, Tolerance tolerance) {
        if (claim.unit().comparableWith(reference.unit())) {
            return sameDimension(claim, qualifier, reference, tolerance);
        }
        if (UnitKinds.isPlainNumber(claim.unit())) {
            return unitless(claim, qualifier, reference, tolerance);
        }
        if (claim.unit().isCurrency() && reference.unit().isCurrency()) {
            // Without a rate no verdict, but an editor should see the likely slip.
            return CurrencyRule.withoutRate(claim, qualifier, reference, tolerance, "no rate table");
        }
        return Outcome.unverifiable(Reason.DIFFERENT_UNITS, UnitRule.mismatch(claim.unit(), reference.unit()));
    }

    static Outcome sameDimension(Amount claim, Qualifier qualifier, Amount reference, Tolerance tolerance) {
        BigDecimal c = claim.inBaseUnit();
        BigDecimal r = reference.inBaseUnit();
        BigDecimal step = claim.statedPrecision();
        BigDecimal tol = toleranceInBase(tolerance, reference);
        return switch (qualifier) {
            // "over $2.2 billion" against a table's $2.2 billion: the table's figure is itself rounded to its last
            // digit, so the true one may lie just above the bound; strictly above or below is judged with that room.
            case MORE_THAN -> inequality(r.add(tol).add(halfStep(reference)).compareTo(c) > 0,
                    "the reference is not above it");
            case AT_LEAST -> inequality(r.add(tol).compareTo(c) >= 0, "the reference is below it");
            case LESS_THAN -> inequality(r.subtract(tol).subtract(halfStep(reference)).compareTo(c) < 0,
                    "the reference is not below it");
            case AT_MOST -> inequality(r.subtract(tol).compareTo(c) <= 0, "the reference is above it");
            case APPROXIMATELY -> {
                BigDecimal width = Bands.approximately(claim.number());
                BigDecimal band = c.abs().multiply(width).max(step).add(tol);
                yield c.subtract(r).abs().compareTo(band) <= 0
                        ? Outcome.supported(Reason.WITHIN_APPROXIMATION,
                                "within " + width.movePointRight(2).stripTrailingZeros().toPlainString() + " %")
                        : difference(claim, reference, tol).contradicted("");
            }
            case NEARLY -> nearly(claim, reference, c, r, step, tol);
            case EXACT, SINCE, BEFORE, AFTER, UNTIL -> matches(claim, reference, tol)
                    ? Outcome.supported(Reason.VALUE_AGREES, "")
                    : difference(claim, reference, tol).contradicted("");
        };
    }

    private static Outcome nearly(Amount claim, Amount reference, BigDecimal c, BigDecimal r, BigDecimal step,
            BigDecimal tol) {
        BigDecimal ceiling = c.add(step.divide(TWO)).add(tol);
        BigDecimal floor = c.subtract(c.abs().multiply(Bands.NEARLY).max(step)).subtract(tol);
        if (r.compareTo(ceiling) > 0) {
            return Outcome.contradicted(Reason.OUTSIDE_TOLERANCE, "the reference is above it, not just under it");
        }
        if (r.compareTo(floor) < 0) {
            return difference(claim, reference, tol).contradicted(", more than 10 % under");
        }
        return Outcome.supported(Reason.WITHIN_APPROXIMATION, "within 10 % under it");
    }

    /** Half a unit of the last digit the reference states, in the base unit. */
    private static BigDecimal halfStep(Amount reference) {
        return reference.statedPrecision().divide(TWO);
    }

    private static Outcome inequality(boolean holds, String failure) {
        return holds ? Outcome.supported(Reason.BOUND_HOLDS, "") : Outcome.contradicted(Reason.BOUND_FAILS, failure);
    }

    /** The plain-figure rule: within half a unit of the last stated digit plus tolerance, or equal once rounded. */
    static boolean matches(Amount claim, Amount reference, BigDecimal toleranceInBase) {
        BigDecimal half = claim.statedPrecision().divide(TWO);
        if (claim.inBaseUnit().subtract(reference.inBaseUnit()).abs().compareTo(half.add(toleranceInBase)) <= 0) {
            return true;
        }
        BigDecimal inClaimUnit = reference.inBaseUnit().divide(claim.unit().factor(), MATH);
        return inClaimUnit.setScale(claim.number().scale(), RoundingMode.HALF_UP).compareTo(claim.number()) == 0;
    }

    static BigDecimal toleranceInBase(Tolerance tolerance, Amount reference) {
        BigDecimal tol = BigDecimal.ZERO;
        if (tolerance.absolute() != null) {
            tol = tol.max(tolerance.absolute().abs().multiply(reference.unit().factor()));
        }
        if (tolerance.relative() != null) {
            tol = tol.max(tolerance.relative().abs().multiply(reference.inBaseUnit().abs()));
        }
        return tol;
    }

    /** How a claimed amount misses its reference: the kind of miss, and the phrase that says how far. */
    record Difference(Reason reason, String text) {

        /** Contradicted for this difference, the phrase followed by {@code more}. */
        Outcome contradicted(String more) {
            return Outcome.contradicted(reason, text + more);
        }
    }

    /** "wrong magnitude: 10 times too small" when a shifted decimal point would fit, else the gap in percent. */
    static Difference difference(Amount claim, Amount reference, BigDecimal tol) {
        for (int k = 1; k <= 12; k++) {
            if (matches(shift(claim, k), reference, tol)) {
                return new Difference(Reason.WRONG_MAGNITUDE, "wrong magnitude: " + factor(k) + " times too small");
            }
            if (matches(shift(claim, -k), reference, tol)) {
                return new Difference(Reason.WRONG_MAGNITUDE, "wrong magnitude: " + factor(k) + " times too large");
            }
        }
        BigDecimal r = reference.inBaseUnit();
        if (r.signum() == 0) {
            return new Difference(Reason.OUTSIDE_TOLERANCE, "the reference is zero");
        }
        BigDecimal percent = claim.inBaseUnit().subtract(r).multiply(BigDecimal.valueOf(100)).divide(r.abs(), MATH);
        String size = percent.abs().setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return new Difference(Reason.OUTSIDE_TOLERANCE,
                size + " % " + (percent.signum() > 0 ? "above" : "below") + " the reference");
    }

    private static Amount shift(Amount claim, int powerOfTen) {
        return new Amount(claim.number().scaleByPowerOfTen(powerOfTen), claim.unit());
    }

    private static String factor(int powerOfTen) {
        return String.format(java.util.Locale.ROOT, "%,d", BigDecimal.TEN.pow(powerOfTen).longValueExact());
    }

    /** A claim without a unit is read in the reference's unit or base unit; it can be supported, never contradicted. */
    private static Outcome unitless(Amount claim, Qualifier qualifier, Amount reference, Tolerance tolerance) {
        Unit base = new Unit(reference.unit().code(), reference.unit().dimension(), BigDecimal.ONE);
        for (Unit unit : new Unit[] {reference.unit(), base}) {
            Outcome o = sameDimension(new Amount(claim.number(), unit), qualifier, reference, tolerance);
            if (o.is(Verdict.SUPPORTED)) {
                return Outcome.supported(Reason.UNITLESS_AGREES, "the claim states no unit");
            }
        }
        return Outcome.unverifiable(Reason.UNITLESS_NO_MATCH,
                "the claim states no unit and does not match the reference figure");
    }
}
