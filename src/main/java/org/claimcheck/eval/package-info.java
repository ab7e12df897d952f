/**
 * Evaluation: measures how well claimcheck finds and judges claims on a labelled evaluation set
 * ({@code claimcheck eval [DIR]}, default {@code eval}).
 *
 * <h2>The evaluation set</h2>
 * A folder with {@code labels.csv} (one row per claim and per tricky non-claim, format in {@code eval/README.md}),
 * {@code reference-data/} (the tables the checker uses for this set) and {@code articles/}. The articles go
 * through the ordinary pipeline: ingest, CoreNLP, extraction, and the {@link org.claimcheck.verify.Verifier} on
 * the set's own tables.
 *
 * <h2>Validation ({@link org.claimcheck.eval.EvalSets})</h2>
 * Before anything is analysed, every problem is reported as {@code file:line:col: error: …}: a malformed labels
 * file, a missing or unknown column, a row with the wrong number of cells, an empty article or claim, an
 * occurrence that is not a whole number from 1, an unknown kind, verdict or planted kind, a planted row not
 * labelled CONTRADICTED, a period that is not a date, a claim without a value, a value of another kind than the
 * row says, an unknown article, subject or attribute, a row labelled twice, invalid reference tables, articles
 * that cannot be read, and a claim text that does not occur {@code occurrence} times in its article. Any error
 * stops the command with exit code 3 (the code for invalid reference data: nothing was evaluated). A value the
 * value grammar cannot read ("30 years", "7345 nmi") is only a warning: the row is still matched and judged,
 * but its value never counts as correct.
 *
 * <h2>Locating and matching ({@link org.claimcheck.eval.LabelLocator}, {@link org.claimcheck.eval.ClaimMatcher})</h2>
 * A label stands at the {@code occurrence}-th non-overlapping occurrence of its claim text in the article text
 * as ingested; a JSON-lines record is the article {@code file.jsonl#id}. Text that ingest drops (sidebars,
 * trailers, footers) is looked for in the source file: such a label can never be matched, which is right for
 * a NOT_A_CLAIM row and a miss for a claim. Labels and extracted claims of one article pair up one to one by
 * overlapping spans, largest overlap first.
 *
 * <h2>Figures ({@link org.claimcheck.eval.Figure}), overall and per claim kind</h2>
 * <ul>
 * <li>A labelled claim is <b>correctly extracted</b> when a claim was matched to it, has the label's kind and
 * the label's value (dates: the same interval of days; amounts: units of one dimension and equal numbers in the
 * base unit, whatever the precision written), and, when the row names a subject and an attribute and expects
 * SUPPORTED, CONTRADICTED or AMBIGUOUS, some evidence of the finding names that subject and attribute (an
 * unverifiable finding carries no evidence, so other rows are judged on their value alone). The looser
 * <b>value only</b> figures drop the link condition.</li>
 * <li><b>Precision</b> = correct / extracted claims (of that kind, by the extractor's kind): a claim matched to
 * a NOT_A_CLAIM row, to no row, or with a wrong value or link counts against it. <b>Recall</b> = correct /
 * labelled claims (of that kind, by the label's kind).</li>
 * <li><b>Verdict accuracy</b> = claims whose matched claim got the labelled verdict / labelled claims; a
 * missed claim is wrong.</li>
 * <li><b>Planted errors found</b> = rows with a planted error whose claim was contradicted / such rows, also
 * per planted kind.</li>
 * <li><b>False-flag rate</b> = claims labelled SUPPORTED or UNVERIFIABLE that were contradicted / such claims
 * (missed ones included in the denominator).</li>
 * <li>The <b>confusion matrix</b> counts every label by its expectation against the verdict of its matched
 * claim, or "not extracted"; a last row counts extracted claims that no label took.</li>
 * </ul>
 *
 * <h2>JSON ({@code --format json}, {@link org.claimcheck.eval.JsonEvalReport})</h2>
 * {@code schemaVersion} (1), {@code evalSet}, {@code toolVersion}, {@code articles}; {@code figures}: per scope
 * ({@code overall}, {@code DATE}, {@code MONEY}, {@code PERCENT}, {@code QUANTITY}, {@code NUMBER}) the counts
 * {@code labelled, extracted, correct, valueCorrect, verdictCorrect, planted, plantedFound, flaggable,
 * falseFlags} and the figures {@code precision, recall, valuePrecision, valueRecall, verdictAccuracy,
 * plantedRecall, falseFlagRate} (rounded to four decimals, null when there is nothing to count);
 * {@code planted}: per planted kind {@code planted, found, recall}; {@code confusion}: rows SUPPORTED,
 * CONTRADICTED, UNVERIFIABLE, AMBIGUOUS, NOT_A_CLAIM, UNLABELLED, each with the columns SUPPORTED,
 * CONTRADICTED, UNVERIFIABLE, AMBIGUOUS, NOT_EXTRACTED; {@code misses}: labels (fields {@code at} =
 * {@code path:line:col} in the article file, {@code labelAt}, {@code article, claim, occurrence, kind, value,
 * expected, subject, attribute, period, planted, note, inAnalysedText}); {@code wrongValues}, {@code wrongLinks},
 * {@code wrongVerdicts}: labels with {@code extracted} (the claim: {@code at, kind, text, value, qualifier,
 * period, verdict, linkedTo} as {@code subject/attribute} of its evidence, {@code explanation}) and
 * {@code differences}; {@code falsePositives}: claims with the NOT_A_CLAIM {@code label} they overlap, or null, and whether they were
 * {@code matched} to it (false for a claim no row took);
 * {@code problems}: problems of the run as {@code path:line:col: error: …}.
 *
 * <h2>Ratchet ({@link org.claimcheck.eval.Thresholds})</h2>
 * {@code eval/thresholds.properties} records the level of every figure ({@code overall.precision},
 * {@code DATE.recall}, {@code planted.wrong-year}, …), rounded down to three decimals, the false-flag rates
 * rounded up as ceilings; a test fails when a figure falls below (or a false-flag rate rises above) its level.
 */
package org.claimcheck.eval;
