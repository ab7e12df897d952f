package org.claimcheck.verify.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Anniversaries;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.reference.AttributeKind;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;
import org.claimcheck.verify.words.Words;

/**
 * The attribute side of a firm link ({@link LinkFirmness}): whether the attribute's phrase is what governs the
 * value. An event attribute must be the claim's own predicate, not an infinitive another verb governs ("were
 * announced to be deployed"), or a participle or passive verb whose owner the sentence shows, or the event a
 * source's report names ("listed TurkStream as having opened in …"). A measure attribute must stand in the
 * value's clause with no other figure between them. An attribute that names a first instance needs the sentence
 * to say "first". Read from the sentence's words as the tagger split them.
 */
final class GoverningAttribute {

    private static final Set<String> FIRST_INSTANCE = Set.of("first", "initial", "debut", "inaugural", "maiden");

    private GoverningAttribute() {
    }

    /** Why the attribute does not govern the value, or null when it does. */
    static LinkDoubt check(Claim claim, AttributeCandidate a, List<Claim> sentenceClaims) {
        if (Anniversaries.marks(claim)) {
            // An anniversary may count from the signing or the entry into force, and be marked the year after.
            return LinkDoubt.weak("the year is reckoned from an anniversary, counted from " + a.attribute().id()
                    + " by inference");
        }
        if (claim.kind() == ClaimKind.DATE && isComparisonBase(claim)) {
            return LinkDoubt.other("the date is what a superlative is measured against (\u201cthe largest since …\u201d), "
                    + "not when the event took place");
        }
        if (namesFirstInstance(a) && TaggedWords.orLemmatized(claim).stream()
                .noneMatch(w -> FIRST_INSTANCE.contains(w.lowerIn(claim.sentence())))) {
            return LinkDoubt.weak(a.attribute().id() + " is a first instance, and the sentence does not say \u201cfirst\u201d");
        }
        if (a.attribute().kind() == AttributeKind.EVENT) {
            String intention = intention(claim, a);
            if (intention != null) {
                return LinkDoubt.other("\u201c" + a.matched() + "\u201d is only intended, decided or asked for (\u201c"
                        + intention + " to \u2026\u201d), not done, where the value stands");
            }
            Claim own = ownDate(claim, a, sentenceClaims);
            if (own != null) {
                return LinkDoubt.other("\u201c" + a.matched() + "\u201d has its own date in the sentence, \u201c"
                        + own.text() + "\u201d");
            }
            Optional<String> party = PartyDates.partyOf(claim, sentenceClaims);
            if (party.isPresent()) {
                return LinkDoubt.other("each party is given a date of its own (this one \u201c" + party.get()
                        + "\u201d), not the date of " + a.attribute().id() + " as a whole");
            }
            Optional<String> activity = StartOfAnother.of(claim, a);
            if (activity.isPresent()) {
                return LinkDoubt.other("\u201c" + a.matched() + "\u201d dates the start of \u201c" + activity.get()
                        + "\u201d, not " + a.attribute().id());
            }
            Optional<String> described = EventNounModifier.describedNoun(claim, a);
            if (described.isPresent()) {
                return LinkDoubt.weak("\u201c" + a.matched() + "\u201d describes the \u201c" + described.get()
                        + "\u201d after it, which is not the event itself");
            }
            if (a.place() == Place.CLAIM) {
                return infinitiveInPredicate(claim, a)
                        ? LinkDoubt.other("\u201c" + a.matched() + "\u201d depends on another verb in \u201c" + claim.predicate() + "\u201d")
                        : null;
            }
            if (a.owner().isPresent() && !a.otherClause() || attributedEvent(claim, a)) {
                return null;
            }
            return LinkDoubt.weak("\u201c" + a.matched() + "\u201d is not the verb that governs the value");
        }
        if (a.matched().isEmpty()) {
            return LinkDoubt.weak("no word names " + a.attribute().id() + "; the unit of the measure set before the "
                    + "name says which");
        }
        String dimension = ownDimension(claim);
        if (dimension != null && !namesDimension(a, dimension)) {
            return LinkDoubt.other("\u201c" + dimension + "\u201d after the value names its measure, not "
                    + a.attribute().id());
        }
        if (perPart(claim)) {
            return LinkDoubt.other("\u201ceach\u201d makes the figure one part's, not the whole's");
        }
        if (PartOfMeasure.of(claim, a)) {
            return LinkDoubt.other("the figure is only a part of the " + a.matched() + ", not all of it");
        }
        Optional<String> progress = CountProgress.of(claim);
        if (progress.isPresent()) {
            return LinkDoubt.other("\u201c" + progress.get() + "\u201d makes the figure how much of a count is done, "
                    + "not " + a.attribute().id());
        }
        Optional<String> change = ChangeFigure.of(claim);
        if (change.isPresent() && !ChangeFigure.recordsChange(a.attribute())) {
            return LinkDoubt.other("\u201c" + change.get() + "\u201d makes the figure a change, not the level "
                    + a.attribute().id() + " records");
        }
        Optional<String> condition = ConditionalFigure.of(claim);
        if (condition.isPresent()) {
            return LinkDoubt.weak("the figure holds \u201c" + condition.get() + "\u201d, a condition "
                    + a.attribute().id() + " in the tables may not share");
        }
        // the value's own words that make it a part say it is another fact, wherever the measure's word stands
        Optional<String> part = CountedPart.of(claim, a);
        if (part.isPresent()) {
            return LinkDoubt.other("\u201c" + part.get() + "\u201d counts only some of the " + a.matched()
                    + ", not all");
        }
        if (a.otherClause()) {
            return LinkDoubt.weak("\u201c" + a.matched() + "\u201d stands in another clause than the value");
        }
        if (a.located() && figureBetween(claim, a, sentenceClaims)) {
            return LinkDoubt.other("another figure stands between \u201c" + a.matched() + "\u201d and the value");
        }
        return null;
    }

    /**
     * Words before "to" after which the verb did happen: it began or went on ("began to flow"), or a rank says
     * who did it ("the first to join", and before a noun: "the most recent country to join").
     */
    private static final Set<String> DONE_BEFORE_TO = Set.of("began", "begin", "begins", "begun", "start",
            "started", "starts", "continue", "continued", "continues", "first", "second", "third", "last", "only",
            "latest", "newest", "recent", "according", "due");

    /**
     * "In April 1965, OPEC decided to move the Secretariat to Vienna", "the decision to establish the AU was made
     * in 1999", "were invited to join in 2008": the word before "to" when the attribute's verb is an infinitive
     * that a decision, plan, request or promise governs, so that the date is that act's, not the event's; else
     * null. ("due to" is left to the forecast rules; "began to" and "the first to" report the event itself.)
     */
    private static String intention(Claim claim, AttributeCandidate a) {
        if (!a.located() || a.start() <= 0 || a.start() > claim.sentence().length()) {
            return null;
        }
        List<ClaimWord> before = TaggedWords.within(claim, 0, a.start());
        int to = toAtEnd(claim, before);
        return verbBeforeTo(claim, before, to) && !done(claim, before, to) ? text(claim, before.get(to - 1)) : null;
    }

    /**
     * "were announced to be deployed" as the claim's predicate: the attribute's verb is an infinitive after another
     * verb of the predicate, unless the words before "to" say it did happen ({@link #done}).
     */
    private static boolean infinitiveInPredicate(Claim claim, AttributeCandidate a) {
        int[] predicate = ClaimGeometry.predicate(claim);
        if (predicate == null || !a.located() || a.start() <= predicate[0] || a.start() > predicate[1]) {
            return false;
        }
        List<ClaimWord> before = TaggedWords.within(claim, predicate[0], a.start());
        int to = toAtEnd(claim, before);
        boolean letterBefore = to > 0 && before.subList(0, to).stream()
                .anyMatch(w -> text(claim, w).chars().anyMatch(Character::isLetter));
        return letterBefore && !(verbBeforeTo(claim, before, to) && done(claim, before, to));
    }

    /** The index of a "to" that ends the words, or that only "be" or "have" follows: an infinitive's; or -1. */
    private static int toAtEnd(Claim claim, List<ClaimWord> words) {
        int last = words.size() - 1;
        if (last >= 0 && Set.of("be", "have").contains(words.get(last).lowerIn(claim.sentence()))) {
            last--;
        }
        return last >= 0 && words.get(last).lowerIn(claim.sentence()).equals("to") ? last : -1;
    }

    /** Whether a word of letters stands right before the "to" at {@code to} ("decided to", not "2001, to"). */
    private static boolean verbBeforeTo(Claim claim, List<ClaimWord> words, int to) {
        return to > 0 && isLetters(claim, words.get(to - 1));
    }

    /**
     * Whether the words before "to" (at {@code to}) say the verb did happen: "began to", "the first to", or a rank
     * before a noun ("the first country to join", "the most recent member to accede").
     */
    private static boolean done(Claim claim, List<ClaimWord> words, int to) {
        String verb = words.get(to - 1).lowerIn(claim.sentence());
        if (DONE_BEFORE_TO.contains(verb)) {
            return true;
        }
        return to >= 2 && isLetters(claim, words.get(to - 2))
                && DONE_BEFORE_TO.contains(words.get(to - 2).lowerIn(claim.sentence()))
                && Character.isLowerCase(text(claim, words.get(to - 1)).charAt(0));
    }

    /** Adjectives that, right after a quantity, say which of its dimensions it measures ("8 m deep"). */
    private static final Set<String> DIMENSIONS = Set.of("long", "wide", "deep", "high", "tall", "thick", "broad",
            "across");

    /**
     * "When built, the canal was 164 km long and 8 m deep": the adjective right after a quantity is its own
     * measure, whatever measure word stands elsewhere in the clause. Null when none follows.
     */
    private static String ownDimension(Claim claim) {
        if (claim.kind() != ClaimKind.QUANTITY) {
            return null;
        }
        Optional<ClaimWord> next = TaggedWords.next(claim, ClaimGeometry.valueEnd(claim));
        String word = next.map(w -> w.lowerIn(claim.sentence())).orElse("");
        return DIMENSIONS.contains(word) ? word : null;
    }

    private static boolean namesDimension(AttributeCandidate a, String dimension) {
        return a.attribute().phrases().stream().flatMap(p -> Words.of(p).stream())
                .anyMatch(w -> w.text().equals(dimension));
    }

    /**
     * "three tunnels, each 50 km long", "32 generators, each with a capacity of 700 MW", "Each main turbine has a
     * capacity of 700 MW": "each" in the value's clause before it makes the figure one part's; so does "each"
     * right after it ("6.6 mln tonnes per year each").
     */
    private static boolean perPart(Claim claim) {
        if (claim.kind() == ClaimKind.DATE) {
            return false;
        }
        int start = ClaimGeometry.valueStart(claim);
        List<String> words = TaggedWords.lowerWithin(claim, Clauses.startBefore(claim, start), start);
        for (int i = 0; i < words.size(); i++) {
            boolean rate = i + 1 < words.size() && RATE_UNITS.contains(words.get(i + 1));
            if (words.get(i).equals("each") && !rate) {
                return true;
            }
        }
        return eachAfter(claim, ClaimGeometry.valueEnd(claim));
    }

    /**
     * "three LNG trains with the capacity of 6.6 mln tonnes per year each", "two reactors of 1,200 MW apiece":
     * "each" or "apiece" right after the figure, past the words of its rate, makes it one part's.
     */
    private static boolean eachAfter(Claim claim, int valueEnd) {
        List<String> after = TaggedWords.lowerWithin(claim, valueEnd, claim.sentence().length());
        for (int i = 0; i < after.size() && i <= MAX_RATE_WORDS; i++) {
            String w = after.get(i);
            if (w.equals("each") || w.equals("apiece")) {
                return !(i + 1 < after.size() && RATE_UNITS.contains(after.get(i + 1)));
            }
            if (!RATE_WORDS.contains(w) && !RATE_UNITS.contains(w)) {
                return false; // a word of another kind, or a mark (",", "(") that sets "each" apart
            }
        }
        return false;
    }

    /** Words of a rate that may stand between a figure and "each": "per year", "a day", "annually". */
    private static final Set<String> RATE_WORDS = Set.of("per", "a", "an", "annually", "annum", "yearly");

    private static final int MAX_RATE_WORDS = 3;

    /** "each year", "each day": a rate, not a part. */
    private static final Set<String> RATE_UNITS = Set.of("year", "month", "week", "day", "quarter", "hour",
            "season", "time", "summer", "winter");

    /**
     * Another date of the sentence that the attribute's verb governs directly ("was signed on February 7, 1992
     * in Maastricht after final negotiations on December 9, 1991"): one event has one date, so the value, not
     * governed by the verb, is another event's.
     */
    private static Claim ownDate(Claim claim, AttributeCandidate a, List<Claim> sentenceClaims) {
        if (claim.kind() != ClaimKind.DATE || !a.located()) {
            return null;
        }
        if (GappedClause.remnant(claim).isPresent()) {
            return null; // "bought Snapgram in 2012 and Chatter in 2014": each clause has the shared verb's date
        }
        // "joined on 2 January and 12 August 2015, respectively": the dates of a list are one each of the event's
        List<Claim> listed = Respectively.listOf(claim, sentenceClaims);
        for (Claim other : sentenceClaims) {
            int start = ClaimGeometry.valueStart(other);
            if (other != claim && other.kind() == ClaimKind.DATE && !listed.contains(other) && start > a.end()
                    && ownDateGap(claim, a.end(), start)) {
                return other;
            }
        }
        return null;
    }

    /**
     * Whether the words between an event verb and a date make the date the verb's own: "on" or "in" (and "the"),
     * after at most two other words ("signed on 7 February 1992", "founded in Moscow in 1961"), no mark between.
     */
    private static boolean ownDateGap(Claim claim, int from, int to) {
        List<ClaimWord> gap = TaggedWords.within(claim, from, to);
        // nothing but those words and spaces: every printed character of the gap is in one of them
        long printed = claim.sentence().substring(from, to).chars().filter(c -> !Character.isWhitespace(c)).count();
        if (gap.stream().allMatch(w -> isLetters(claim, w))
                && printed == gap.stream().mapToInt(w -> w.end() - w.start()).sum()) {
            List<String> words = lower(claim, gap);
            int last = words.size() - 1;
            if (last >= 0 && words.get(last).equals("the")) {
                last--;
            }
            return last >= 0 && last <= 2 && Set.of("on", "in").contains(words.get(last));
        }
        return false;
    }

    private static final Set<String> SUPERLATIVES = Set.of("largest", "biggest", "greatest", "highest", "lowest",
            "smallest", "strongest", "weakest", "worst", "best", "deepest", "longest", "first", "most", "fewest",
            "least");

    /** How far "since" may stand from the superlative it bounds, in characters. */
    private static final int SUPERLATIVE_REACH = 80;

    /**
     * "billed as the largest since the Soviet Zapad-81 drills of 1981", "the first visit since 2014": the date is
     * the last time something matched, the base of a superlative.
     */
    static boolean isComparisonBase(Claim claim) {
        int start = ClaimGeometry.valueStart(claim);
        List<ClaimWord> before = TaggedWords.within(claim, Clauses.startBefore(claim, start), start);
        List<String> words = lower(claim, before);
        int since = words.lastIndexOf("since");
        if (since < 0 || words.subList(since, words.size()).stream().anyMatch(w -> w.equals(",") || w.equals(";"))) {
            return false;
        }
        for (int i = since - 1; i >= 0 && !Set.of(",", ";", ".").contains(words.get(i)); i--) {
            if (SUPERLATIVES.contains(words.get(i))) {
                return before.get(since).start() - before.get(i).end() <= SUPERLATIVE_REACH + 1;
            }
        }
        return false;
    }

    /** "listed TurkStream as having opened in January 2019": the event between a source's verb and the value. */
    private static boolean attributedEvent(Claim claim, AttributeCandidate a) {
        int[] predicate = ClaimGeometry.predicate(claim);
        return predicate != null && a.located() && !a.otherClause() && Attribution.isSource(claim)
                && a.start() >= predicate[0] && a.end() <= ClaimGeometry.valueStart(claim);
    }

    private static boolean namesFirstInstance(AttributeCandidate a) {
        return Words.of(a.attribute().id()).stream().anyMatch(w -> FIRST_INSTANCE.contains(w.text()));
    }

    private static boolean figureBetween(Claim claim, AttributeCandidate a, List<Claim> sentenceClaims) {
        int from = Math.min(a.end(), ClaimGeometry.valueEnd(claim));
        int to = Math.max(a.start(), ClaimGeometry.valueStart(claim));
        return sentenceClaims.stream().filter(c -> c != claim && c.kind() != ClaimKind.DATE)
                .anyMatch(c -> ClaimGeometry.valueStart(c) >= from && ClaimGeometry.valueEnd(c) <= to);
    }

    private static List<String> lower(Claim claim, List<ClaimWord> words) {
        return words.stream().map(w -> w.lowerIn(claim.sentence())).toList();
    }

    private static String text(Claim claim, ClaimWord w) {
        return claim.sentence().substring(w.start(), w.end());
    }

    private static boolean isLetters(Claim claim, ClaimWord w) {
        return w.end() > w.start() && text(claim, w).chars().allMatch(Character::isLetter);
    }
}
