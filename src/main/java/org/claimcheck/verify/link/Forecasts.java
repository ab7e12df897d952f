package org.claimcheck.verify.link;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.extract.Claim;
import org.claimcheck.reference.Attribute;
import org.claimcheck.value.DateValue;
import org.claimcheck.verify.words.ClaimGeometry;

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

    private static final Pattern MARKER = Pattern.compile(
            "\\b(?:targets?|targeted|goals?|forecasts?|forecast(?:ed|ing)|projected|projections?|predicted|"
                    + "predictions?|expects?|expected|expecting|expectations?|aims?|aimed|aiming|plans?|planned|"
                    + "hopes?|hoped|pledges?|pledged|pledging|promises?|promised|vows?|vowed|scheduled|slated|"
                    + "(?:is|was|are|were) due to|"
                    + "(?:will|would|could|may|might|should) (?:reach|hit|top|exceed|rise|fall|grow|"
                    + "double|climb|surpass))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TARGET_WORDS = Pattern.compile(
            "target|goal|forecast|project|predict|expect|aim|plan|hope|pledge|promise", Pattern.CASE_INSENSITIVE);

    private Forecasts() {
    }

    /** The forecast word in the value's clause, if any ("target", "would reach"). */
    public static Optional<String> marker(Claim claim) {
        String sentence = claim.sentence();
        int valueStart = ClaimGeometry.valueStart(claim);
        int valueEnd = ClaimGeometry.valueEnd(claim);
        Matcher m = MARKER.matcher(sentence);
        while (m.find()) {
            if (Clauses.same(sentence, m.start(), m.end(), valueStart, valueEnd)) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
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
