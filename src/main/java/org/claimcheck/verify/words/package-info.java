/**
 * Text helpers the stages of verification share: a text's normalized words ({@code Words}, {@code Word}) and
 * their lemmas as matching keys ({@code Stems}), where a claim's value, subject phrase and predicate stand in its sentence
 * ({@code ClaimGeometry}), how explanations write values ({@code ValueText}), and whether a unit gives a plain
 * number or a percentage ({@code UnitKinds}). Every class is public, since linking, judging and the article's own
 * consistency all use them; this package uses no other part of {@code verify}.
 *
 * <p>The rules these helpers serve are described in {@code docs/verification-rules.md}.
 */
package org.claimcheck.verify.words;
