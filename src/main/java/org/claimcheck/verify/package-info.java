/**
 * Verification: checks each extracted claim against the reference tables, and the article against itself.
 * {@link org.claimcheck.verify.Verifier} returns one {@link org.claimcheck.verify.Finding} per claim: a
 * {@link org.claimcheck.verify.Verdict}, the {@link org.claimcheck.verify.Reason} that decided it, the
 * {@link org.claimcheck.verify.Evidence} it rests on, how the claim was linked
 * ({@link org.claimcheck.verify.LinkBasis}, {@link org.claimcheck.verify.LinkStrength}) and a one-line explanation.
 * These types and the {@code Verifier} are all other packages use; they depend on none of the stages below.
 *
 * <p>The stages, one subpackage each, used in this order by the {@code Verifier} that wires them:
 * <ol>
 * <li>{@link org.claimcheck.verify.link}: which fact a value is about (subject, attribute, period), and how sure
 * that link is. The result is a {@code LinkResult}: linked with its basis, ambiguous with its candidates, or
 * unlinked with its reason.</li>
 * <li>{@link org.claimcheck.verify.judge}: the linked value against its facts, by one rule per kind of value.</li>
 * <li>{@link org.claimcheck.verify.consistency}: the article against itself, for claims no table decides.</li>
 * </ol>
 * {@link org.claimcheck.verify.words} holds the text helpers they share. Each stage uses only the stages before it
 * and the result types here, never the {@code Verifier}; {@code ArchitectureTest} keeps it so. The one class here
 * besides the facade and its results, {@code Statistics}, hands a claim the tables leave unlinked to
 * {@code org.claimcheck.statistics}; it belongs to no stage.
 *
 * <p>What each rule does, with examples, and which class and test hold it, is written once, in
 * {@code docs/verification-rules.md}; keep it true when a rule changes.
 */
package org.claimcheck.verify;
