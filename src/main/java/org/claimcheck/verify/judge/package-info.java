/**
 * Judging: a linked value against the facts of its link. {@code Judge} picks the period ({@code PeriodSelector},
 * {@code PastStates}) and the vintage ({@code VintageSelector}), and {@code Decision} applies one rule per kind of
 * value through {@code Comparison}: {@code DateRule}, {@code AmountRule}, {@code CurrencyRule} (at a rate
 * {@code RateFinder} finds), {@code UnitRule}; {@code RecordRule} checks "a record". Each rule returns an
 * {@code Outcome} with the {@link org.claimcheck.verify.Reason} that decided it. {@code Candidates} judges a claim
 * linked equally well to several facts. Only a firm link contradicts; the link's strength comes from
 * {@code link}.
 *
 * <p>Judging reads links, so it uses {@code link}'s public types (and {@code Forecasts},
 * {@code ContextSubjects.reportsEarlierFact}); never the reverse. Public are what the {@code Verifier} wires
 * ({@code Judge}, {@code Candidates}, {@code RateFinder}, {@code Explanation}) and what the article's own
 * consistency judges with: {@code Explanation} and {@code Evidences} (its findings read like the judge's),
 * {@code Agreement} and {@code Bands} (two values agree at the same precision and hedges as a value and its fact),
 * {@code PeriodSelector.samePeriod}. The rules themselves stay package-private.
 *
 * <p>The rules, with examples: "How values are compared" in {@code docs/verification-rules.md}.
 */
package org.claimcheck.verify.judge;
