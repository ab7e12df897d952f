/**
 * Verification: checks each extracted claim against the reference tables, and the article against itself.
 * {@link org.claimcheck.verify.Verifier} returns one {@link org.claimcheck.verify.Finding} per claim: a
 * {@link org.claimcheck.verify.Verdict}, the {@link org.claimcheck.verify.Evidence} it rests on, and a one-line
 * explanation such as {@code claims 2016; reference 2019-12-02 (Power of Siberia, began-operations) —
 * contradicted: wrong year (off by 3 years); Gazprom press release, vintage 2019-12-02}.
 *
 * <h2>How a claim is linked to a fact</h2>
 * <ol>
 * <li><b>Subject.</b> Every subject's name and aliases are looked for in the claim's subject phrase first, then
 * in the rest of its sentence. Case, accents, punctuation, dashes, possessives, hyphenated prefixes
 * ("co-operation"), British or American spelling and word order do not matter: "Russia–China", "China-Russia",
 * "between Russia and China" and "Sino-Russian" all name the subject "Russia and China". A name found inside a
 * longer name of another subject does not count ("Russia" inside "Russia–China trade"), and a name followed at
 * once by a small number or Roman numeral is another name ("Power of Siberia 2"). Outside the subject phrase,
 * a name in the value's own clause beats one across a comma, bracket or "while"; then the nearest name wins;
 * then the longest.</li>
 * <li><b>"The two countries".</b> A subject is a pair when one of its names reads "A and B" (optionally after
 * "between"), A and B being capitalised proper names. "The two countries", "both sides", "bilateral" and
 * similar phrases refer to it only when both A and B were named in the two preceding sentences, earlier in the
 * same paragraph, or earlier in the sentence. A party counts as named by its own words or by any alias of a
 * subject of that name ("Moscow" for "Russia").</li>
 * <li><b>Subject from the preceding text.</b> When no subject the sentence names has a fact for the attribute
 * ("The pipeline began operations on 2 December 2019", "The organisation was founded … by the leaders of China,
 * Russia, Kazakhstan …"), the subjects named in the two preceding sentences or earlier in the paragraph are
 * used, most recent first; then those named in the two paragraphs before, if the claim's subject phrase points
 * at them (a pronoun, or a noun in their name: "the pipeline"); then those named in the article's title. The
 * explanation says the subject was taken from the preceding text. This never happens when the claim's own
 * subject phrase names a subject or is a proper name the tables lack ("Nord Stream 2 began operations in
 * 2021").</li>
 * <li><b>An event's own object.</b> An attribute whose phrases name the object of its event after the verb
 * ("joined the SCO") links only when that object is named in the sentence, just before it or in the title.</li>
 * <li><b>Guessed subjects.</b> A subject the claim is not plainly about is a guess that may support the claim
 * but never contradict it: one of the preceding text when the claim's own subject phrase was not found or is a
 * plural or a bare name that cannot be that subject ("The first loan agreements were signed …", "Indonesia
 * joined …"), unless the phrase only names
 * the source ("some timelines date the annexation to …") or the attribute itself ("the first formal summit");
 * one of the sentence chosen because the subject named nearer the value has no fact for the attribute, unless
 * the event verb is about it.</li>
 * <li><b>Attribute.</b> The attribute's phrases are looked for in the claim's predicate first, then in the
 * sentence, matching inflections ("signed", "signing", "signs"; "began operations", "started operating").
 * Dates link only to event attributes, amounts only to measure attributes. An event phrase elsewhere in the
 * sentence belongs to the first date after it in its clause ("annexed Crimea in March 2014"), or else to the
 * date nearest to it. A word that matches an event verb only by its stem, in an -s form followed by "of", is a
 * plural noun, not the event ("forms of operation", "signs of strain"). A phrase inside a longer phrase of
 * another attribute is part of that one: "entered into" (signed) in "entered into force".</li>
 * <li><b>Whose event or figure.</b> A past-tense event verb with an object is about the object ("the SCO
 * established relations with the UN in 2004" is not the founding of the SCO, nor is "has established
 * relations"); a passive verb or one after a comma is about the name before it ("the Shanghai Five, formed in
 * 1996"). That owner must name the subject: a name followed by another noun is only a modifier of that noun
 * ("signed the SCO Charter" is not the signing or founding of the SCO), and each part of "India and Pakistan"
 * counts. A phrase in the possessive of a proper name belongs to that name ("Israel's attacks", "India's
 * trade"), whatever subject the text around it names.</li>
 * <li><b>Choosing.</b> Only subject × attribute pairs that have facts count. The best pair wins and the
 * explanation says why when there were others; equally good pairs that would give different verdicts make the
 * claim <i>ambiguous</i>, naming them; if every reading gives the same firm verdict, that verdict stands.</li>
 * <li><b>Forecasts and targets.</b> A figure stated as a forecast, target, pledge or expectation ("a target of 80
 * million tonnes", "officials expect", "would reach", "pledged to lift trade to") is not an outcome: it links
 * to an attribute that records targets when the tables have one, and is otherwise unverifiable, never judged
 * against the outcome. A design figure ("would carry 50 billion cubic metres") is not a forecast.</li>
 * <li><b>Attribute from the preceding text.</b> When the subject was taken from the preceding text and the
 * sentence names no attribute ("The precise total, $146.88 billion, …"), the figure is read as the subject's
 * only attribute of the claim's kind that could hold it (money for money, a percentage for a percentage, a
 * quantity of the same dimension; a target only for a forecast), if it has exactly one. This is an assumption: it can support the claim,
 * never contradict it, unless the claim is a wrong currency (see below).</li>
 * <li><b>Year in a name.</b> A date written right next to a subject's name ("the 2001 Treaty") is read as the
 * date of that subject's only event in the tables, or, when it has several, of the only one the date fits (the
 * signing of a treaty signed in 2001 and in force from 2002). This is an assumption, so it can support but never
 * contradict the claim.</li>
 * <li><b>Period.</b> A measure is judged against the figure for the period the claim states ("in 2021").
 * A figure without a period (a pipeline's length) fits any claim. With no period stated, the table's only
 * period is assumed and said so, and an assumption alone never contradicts a claim (a wrong currency aside);
 * several periods make the claim ambiguous, naming them and saying which one the claim would match, or which
 * one the same figure in another currency would match.</li>
 * <li><b>Period from earlier in the article.</b> A figure that states no period of its own, in a sentence that
 * states no date at all, is read for the one period earlier claims of the article gave the same subject and
 * attribute ("trade reached $146.88 billion in 2021 … a bulletin put two-way trade at $14.7 billion"); the
 * explanation says so. Earlier claims with two different periods leave it as it is.</li>
 * <li><b>Vintage.</b> When a figure has several vintages, the claim is judged against the newest vintage
 * published on or before the article's publication date (rows without a vintage always count). A later
 * revision is mentioned in the explanation but never held against the article. Without a publication date, or
 * when every vintage is later than the article, all vintages are considered and a claim matching any of them is
 * supported. Two sources that disagree for the same vintage make the claim ambiguous.</li>
 * <li><b>Nothing found.</b> The explanation says what was missing: no subject, no attribute in the vocabulary,
 * no fact for the subject and attribute, or no figure for the period.</li>
 * </ol>
 *
 * <h2>How values are compared</h2>
 * <ul>
 * <li><b>Dates at the claim's precision.</b> A claimed date is the interval of days it names ("2019" is every
 * day of 2019); it is supported when that interval contains the reference date ("2019" and "December 2019" by
 * 2 December 2019) and contradicted when they do not overlap, saying whether the year, month or day is wrong.
 * </li>
 * <li><b>Coarse references.</b> A reference that is itself a year, decade or range supports a claim containing
 * it, supports a finer claim inside it ("16 July 2001" against "2001") while saying the reference is only as
 * precise as a year, contradicts a claim outside it, and leaves a partial overlap (the 1990s against
 * 1998–2003) unverifiable. A claimed decade is supported by any reference day, year or range inside it.</li>
 * <li><b>Date qualifiers.</b> "Since 2014" means the start date falls in 2014. "Before 2019" needs the reference
 * to end before 2019; "after 2019" to start after it; "by 2019" to end within or before 2019; "from 2019" to
 * start within or after 2019. "About 2019" widens the claim by one step of its precision (a day, a month, a
 * year; two years for a decade).</li>
 * <li><b>Numbers at the claim's precision.</b> A plain figure is supported when the reference lies within half
 * a unit of the claim's last stated digit ("$147 billion" covers $146.5–147.5 billion; "$146.9bn" covers
 * $146.85–146.95 billion), or rounds to the claim at that digit, widened by the fact's tolerance. Trailing
 * zeros count as stated digits: "$150 billion" is precise to the billion. A contradicted figure that would fit
 * with the decimal point moved is reported as a wrong magnitude ("$14.7 billion": 10 times too small);
 * otherwise the explanation gives the gap in percent.</li>
 * <li><b>Comparators.</b> "More than", "at least", "less than" and "up to" are strict or inclusive inequalities
 * against the reference, which the fact's tolerance may tip.</li>
 * <li><b>Hedges.</b> "About X" accepts a reference within 5 % of X, or within one unit of X's last digit if
 * that is wider. "Nearly X" accepts a reference at most 10 % (or one unit of the last digit) below X and not
 * above X at its precision: "nearly $150 billion" is supported by $146.88 billion, "nearly $200 billion" is
 * not.</li>
 * <li><b>Record.</b> A value the text calls a record must be the highest of every period of the same length
 * up to and including the claimed one, each at the vintage the article could know; a table without earlier
 * periods cannot confirm a record and the explanation says so.</li>
 * <li><b>Units.</b> Amounts compare within one dimension, in its base unit (3,000 km equals 3,000,000 m), and a
 * percentage compares only with a percentage: other claims are unverifiable, never supported or contradicted.
 * A figure stated without any unit is read in the reference's unit; it can be supported, never contradicted.
 * </li>
 * <li><b>Currencies.</b> Different currencies compare only at a rate from the rates table. A figure the tables
 * give in several currencies is compared in the claim's own currency if they have it, else in those a rate
 * converts to. The rate is the average for the figure's period (a month or quarter without a rate of its own
 * takes its year's); for a figure without a period, the claim's period; failing both, the year the article was
 * published. A rate given the other way round is inverted; rates are never chained through a third currency.
 * The claim is converted into the reference's currency and judged by the rules above, widened by 5 % of the
 * reference, because an average is not the rate the writer or the source actually used. The explanation names
 * the conversion and the evidence lists the rate's row after the fact: {@code claims €124 billion ≈ $146.7
 * billion at the 2021 average rate of 1.1830 USD per EUR (Federal Reserve G.5A annual release of 1 February
 * 2024); reference $146.88 billion for 2021 (Russia–China trade, trade) — supported}. Without a rate the claim
 * is unverifiable ("claim in EUR, reference in USD; no rate table covers EUR to USD for 2020"), and when the
 * same number in the reference's currency would match, the explanation says so.</li>
 * <li><b>Wrong currency.</b> A figure that matches the reference only when read in the reference's currency
 * ("147 billion euros" against $146.88 billion) is contradicted, saying so and giving the converted gap:
 * {@code wrong currency: the figure matches the reference in USD; converted from EUR it is 18.4 % above the
 * reference}. Being the reference's own number, it names the fact more surely than any assumption, so it is
 * contradicted even when the link or the period was only assumed. Inequalities ("more than €100 billion")
 * are never read as a wrong currency.</li>
 * <li><b>Relative dates.</b> When a relative date ("last year") was resolved from the publication date, the
 * explanation starts with the resolution ("last year = 2021, from the publication date 2022-03-04"). A relative
 * date that could not be resolved is unverifiable: "cannot be resolved without a publication date".</li>
 * </ul>
 *
 * <h2>The article against itself</h2>
 * <p>Only for claims no reference fact decides (unverifiable or ambiguous):
 * <ul>
 * <li><b>Restatements.</b> When the article states the same fact twice (same linked subject, attribute and
 * period, or, when unlinked, the same subject phrase, predicate and period) with values that cannot both be
 * true at their stated precision, the later statement is contradicted and the evidence points at the earlier
 * one (table = the article, line = its line). Measures need a stated period on both sides; a statement a
 * reference table already contradicted is never used as evidence.</li>
 * <li><b>Arithmetic.</b> A change stated in a sentence with its own "from A to B" figures must add up: "rose 20%
 * from $110bn to $147bn" is contradicted because the figures give +33.6 %. Each figure is taken at its own
 * precision, so rounding never counts as an error. "Doubled", "tripled", "halved" are read within 5 % of the
 * ratio; "by a third", "by half" within 10 % of the fraction; "rose"/"fell" fix the direction, and without such
 * a word only the size of the change is compared.</li>
 * </ul>
 */
package org.claimcheck.verify;
