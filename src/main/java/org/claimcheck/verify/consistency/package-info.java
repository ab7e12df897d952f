/**
 * The article against itself, for claims no reference fact decides: {@code Restatements} (the same fact stated
 * twice with values that cannot both be true; {@code StatementKey} says which fact a claim states) and
 * {@code Arithmetic} (a change that does not add up with its own "from A to B" figures; {@code ClaimedChange}
 * reads the change).
 *
 * <p>It comes after judging and uses it where the code truly needs to: two statements are the same fact when they
 * are linked to the same subject and attribute, so {@code StatementKey} reads the {@code LinkResult} of
 * {@code link}; two values agree at the judge's precision and hedges ({@code judge.Agreement},
 * {@code judge.Bands}); and a self-contradiction is explained and evidenced like any judged claim
 * ({@code judge.Explanation}, {@code judge.Evidences}). Neither {@code link} nor {@code judge} uses it.
 *
 * <p>The rules, with examples: "The article against itself" in {@code docs/verification-rules.md}.
 */
package org.claimcheck.verify.consistency;
