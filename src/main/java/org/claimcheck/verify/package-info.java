/**
 * Verification: checks each extracted claim against the reference tables, and the article against itself.
 * {@link org.claimcheck.verify.Verifier} returns one {@link org.claimcheck.verify.Finding} per claim: a
 * {@link org.claimcheck.verify.Verdict}, the {@link org.claimcheck.verify.Reason} that decided it (carried from the
 * rule that decided, with its {@code Outcome}), the {@link org.claimcheck.verify.Evidence} it rests on, how the
 * claim was linked ({@link org.claimcheck.verify.LinkBasis}) and a one-line explanation.
 *
 * <p>The steps, each with its own classes:
 * <ol>
 * <li><b>Link</b>: which subject ({@code SubjectLinker}, {@code ContextSubjects}, {@code PairReferences},
 * {@code GuessedSubjects}), which attribute ({@code AttributeLinker}, {@code EventOwner}) and which period
 * ({@code PeriodSelector}, {@code ArticlePeriods}); {@code Linker} chooses among the candidates.</li>
 * <li><b>How sure</b>: {@code LinkFirmness} gives every link a {@link org.claimcheck.verify.LinkStrength}.
 * Only a firm link ({@code ARGUMENT}: the fact's attribute governs the value and its subject takes part in
 * that event) can contradict; a conflict over a weaker one is a possible conflict for review.</li>
 * <li><b>Judge</b>: {@code Judge} picks the period and vintage and applies the comparison rules
 * ({@code DateRule}, {@code AmountRule}, {@code CurrencyRule}, {@code UnitRule}, {@code RecordRule}).</li>
 * <li><b>The article against itself</b>: {@code Restatements} and {@code Arithmetic}, for claims no table
 * decides.</li>
 * </ol>
 *
 * <p>What each rule does, with examples, is written once, in {@code docs/verification-rules.md}; keep it true when a
 * rule changes.
 */
package org.claimcheck.verify;
