/**
 * Linking: which fact of the tables a claimed value is about, and how sure that link is. {@code SubjectLinker}
 * (with {@code ContextSubjects}, {@code PairReferences}, {@code GuessedSubjects}) finds the subjects,
 * {@code AttributeLinker} (with {@code EventOwner}, {@code OriginEvents}) the attributes, and {@code Linker}
 * chooses among the pairs, giving a {@code LinkResult}: linked with its basis, ambiguous with its candidates, or
 * unlinked with its reason. {@code LinkFirmness} (with {@code GoverningAttribute}) gives every link its
 * {@link org.claimcheck.verify.LinkStrength}; {@code ArticlePeriods} carries a measure's period from earlier
 * claims, {@code TimelineEntries} reads a timeline's date with its entry, {@code Forecasts} tells a target from
 * an outcome.
 *
 * <p>Public are what the {@code Verifier} wires ({@code Linker}, {@code LinkFirmness}, {@code ArticleContext},
 * {@code ArticlePeriods}, {@code TimelineEntries}) and what judging reads of a link: {@code LinkResult},
 * {@code Link} and its candidates and {@code Place}, {@code Forecasts} (a target is not judged against an outcome)
 * and {@code ContextSubjects.reportsEarlierFact} (a source's report of an earlier fact is worth a review). Linking
 * uses {@code words} and the result types of {@code verify}, never judging.
 *
 * <p>The rules, with examples: "How a claim is linked to a fact" and "How sure the link is" in
 * {@code docs/verification-rules.md}.
 */
package org.claimcheck.verify.link;
