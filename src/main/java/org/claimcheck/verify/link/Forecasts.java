package org.claimcheck.verify.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.reference.Attribute;
import org.claimcheck.value.DateValue;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;

/**
 * Recognises a figure stated as a forecast, target, pledge or expectation ("a target of 80 million tonnes",
 * "officials expect about 30 billion", "turnover would reach only about $140 billion", "pledged to lift trade to
 * $200 billion"), and an event stated as a plan or schedule ("had been scheduled to gain admission … last
 * December", "was due to join in 2020"). Such a figure or date is not an outcome,
 * so the outcome in the tables can neither support nor contradict it, unless the attribute it links to is
 * itself a target or forecast. Only words in the value's own clause count; "would carry" (a design capacity)
 * is not a forecast.
 */
public final class Forecasts {

    /** Lemmas that make a figure or date a forecast, target, pledge, plan or expectation, in any form. */
    private static final Set<String> MARKERS = Set.of("target", "goal", "forecast", "projection", "predict",
            "prediction", "expect", "expectation", "aim", "plan", "hope", "pledge", "promise", "vow");

    /** Lemmas that mark a plan only as a verb: "scheduled", "slated", "projects" (not "the project", "the schedule"). */
    private static final Set<String> PARTICIPLE_MARKERS = Set.of("schedule", "slate", "project");

    /** The same participles tagged as adjectives, which keep their form as lemma ("the scheduled opening"). */
    private static final Set<String> ADJECTIVE_MARKERS = Set.of("scheduled", "slated", "projected");

    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "should");

    /**
     * The modals of the future: "will be opened in 2016" dates a plan. ("Would" is left out: "the museum, which
     * would open in 1959" tells a past event from before it.)
     */
    private static final Set<String> FUTURE = Set.of("will", "shall", "wo", "\u2019ll", "'ll");

    /** The modals of what might have been: "would have been released", "could have opened". */
    private static final Set<String> UNREALISED = Set.of("would", "could", "might", "should");

    /** Verbs of a figure's movement that a modal turns into a forecast ("would reach", "will double"). */
    private static final Set<String> MOVES = Set.of("reach", "hit", "top", "exceed", "rise", "fall", "grow",
            "double", "triple", "climb", "surpass", "increase", "boost", "raise", "lift", "expand", "cut", "reduce");

    private static final Pattern TARGET_WORDS = Pattern.compile(
            "target|goal|forecast|project|predict|expect|aim|plan|hope|pledge|promise", Pattern.CASE_INSENSITIVE);

    private Forecasts() {
    }

    /**
     * The forecast words in the value's clause, if any ("target", "would reach", "was due to"), read from the
     * lemmas and parts of speech the claim carries (or the untagged lemmas of a claim built by hand).
     */
    public static Optional<String> marker(Claim claim) {
        return firstInValueClause(claim, Forecasts::markerEnd);
    }

    /** Where a run of words ends that starts at word {@code i}, or -1 when none starts there. */
    private interface RunEnd {
        int at(List<ClaimWord> words, int i, String sentence);
    }

    /** The text of the first run of words {@code end} finds that stands in the value's clause, if any. */
    private static Optional<String> firstInValueClause(Claim claim, RunEnd end) {
        String sentence = claim.sentence();
        int valueStart = ClaimGeometry.valueStart(claim);
        int valueEnd = ClaimGeometry.valueEnd(claim);
        List<ClaimWord> words = TaggedWords.orLemmatized(claim);
        for (int i = 0; i < words.size(); i++) {
            int last = end.at(words, i, sentence);
            if (last >= 0 && Clauses.same(claim, words.get(i).start(), words.get(last).end(), valueStart, valueEnd)) {
                return Optional.of(sentence.substring(words.get(i).start(), words.get(last).end()));
            }
        }
        return Optional.empty();
    }

    /** The index of the last word of a forecast marker that starts at word {@code i}, or -1. */
    private static int markerEnd(List<ClaimWord> words, int i, String sentence) {
        ClaimWord w = words.get(i);
        String lemma = w.lemma().toLowerCase(Locale.ROOT);
        String surface = w.lowerIn(sentence);
        if (MARKERS.contains(lemma) || ADJECTIVE_MARKERS.contains(lemma)) {
            return i;
        }
        if (PARTICIPLE_MARKERS.contains(lemma) && (w.tag().isEmpty() ? surface.endsWith("ed") : w.isVerb())) {
            return i;
        }
        if (lemma.equals("be") && i + 2 < words.size() && words.get(i + 1).lemma().equalsIgnoreCase("due")
                && words.get(i + 2).lemma().equalsIgnoreCase("to")) {
            return i + 2; // "was due to join"
        }
        if (MODALS.contains(surface)) {
            int next = i + 1;
            if (next < words.size() && words.get(next).tag().startsWith("RB")) {
                next++; // "will likely reach"
            }
            if (next < words.size() && MOVES.contains(words.get(next).lemma().toLowerCase(Locale.ROOT))) {
                return next;
            }
        }
        return -1;
    }

    /**
     * The words that put the event a date claim dates in the future ("will be opened", "will join") in the value's
     * clause, if any: the date is a plan's, which may agree with the tables but never conflicts with them (as a date
     * after the article's publication, {@link #datedAfterPublication}).
     */
    public static Optional<String> futureEvent(Claim claim) {
        return claim.value() instanceof DateValue ? firstInValueClause(claim, Forecasts::futureEventEnd)
                : Optional.empty();
    }

    /**
     * The index of the verb of a future event that starts at word {@code i} ("will be opened", "will open", "will
     * formally enter"), or -1: a date of such an event is a plan's, not the event's.
     */
    private static int futureEventEnd(List<ClaimWord> words, int i, String sentence) {
        if (!FUTURE.contains(words.get(i).lowerIn(sentence))) {
            return -1;
        }
        int next = pastAdverbs(words, i + 1, sentence); // "will finally open", "will not open"
        if (next + 1 < words.size() && words.get(next).lemma().equalsIgnoreCase("be")
                && isParticiple(words.get(next + 1), sentence)) {
            return next + 1; // "will be opened"
        }
        boolean verb = next < words.size() && (words.get(next).tag().equals("VB")
                || words.get(next).tag().isEmpty() && !words.get(next).lemma().equalsIgnoreCase("be"));
        return verb ? next : -1;
    }

    /**
     * The words that state the value's event as one that did not happen ("would have been released in 1999",
     * "could have cost $2 billion") before the value in its clause, if any: what might have been is no outcome the
     * tables record, so such a value never conflicts with them.
     */
    public static Optional<String> unrealised(Claim claim) {
        // Only a value after the verb is what might have been: "the 140 km journey would have taken three hours"
        // still says the journey is 140 km.
        int valueStart = ClaimGeometry.valueStart(claim);
        return firstInValueClause(claim, (words, i, sentence) -> {
            int end = unrealisedEnd(words, i, sentence);
            return end >= 0 && words.get(end).end() <= valueStart ? end : -1;
        });
    }

    /** The index of the participle of "would (not) have (been) done" that starts at word {@code i}, or -1. */
    private static int unrealisedEnd(List<ClaimWord> words, int i, String sentence) {
        if (!UNREALISED.contains(words.get(i).lowerIn(sentence))) {
            return -1;
        }
        int next = pastAdverbs(words, i + 1, sentence); // "would not have", "could well have"
        if (next >= words.size() || !words.get(next).lowerIn(sentence).equals("have")) {
            return -1;
        }
        next++;
        if (next < words.size() && words.get(next).lowerIn(sentence).equals("been")) {
            next++;
        }
        return next < words.size() && isParticiple(words.get(next), sentence) ? next : -1;
    }

    /** The index of the first word from {@code from} on that is neither an adverb nor "not". */
    private static int pastAdverbs(List<ClaimWord> words, int from, String sentence) {
        int next = from;
        while (next < words.size() && (words.get(next).tag().startsWith("RB")
                || words.get(next).lowerIn(sentence).equals("not"))) {
            next++;
        }
        return next;
    }

    private static boolean isParticiple(ClaimWord w, String sentence) {
        return w.tag().isEmpty() ? w.lowerIn(sentence).endsWith("ed") : w.tag().equals("VBN");
    }

    /**
     * Whether the claim dates an event after the article was published ("Chandrayaan 2 will be launched … on July
     * 15", written on 8 July): the article cannot know the outcome, so the date is a plan, whatever its words.
     */
    public static boolean datedAfterPublication(Claim claim, LocalDate published) {
        return published != null && claim.value() instanceof DateValue date && date.first().isAfter(published);
    }

    /** Whether the attribute itself records targets or forecasts ("trade-target": "target|goal"). */
    public static boolean isTargetAttribute(Attribute attribute) {
        return TARGET_WORDS.matcher(attribute.id()).find()
                || attribute.phrases().stream().anyMatch(p -> TARGET_WORDS.matcher(p).find());
    }
}
