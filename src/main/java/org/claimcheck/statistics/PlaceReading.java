package org.claimcheck.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimcheck.places.Gazetteer;
import org.claimcheck.places.Group;
import org.claimcheck.places.Membership;
import org.claimcheck.places.Naming;
import org.claimcheck.places.Place;
import org.claimcheck.places.PlaceKind;
import org.claimcheck.places.PlaceMention;

/**
 * The places a sentence names, read for a statistical claim: the one place the figure is about, and the group
 * it is ranked in when the sentence names one ("more than any other G7 country", "the highest in Africa").
 * A name that stands for several places is not read as any of them.
 */
record PlaceReading(List<Place> places, Optional<Group> rankGroup, List<String> ambiguous, boolean listed) {

    /** Between two places of one list: a comma, "and", "or", a determiner. */
    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile(
            "(?i)[\\s,]*(?:(?:and|or|as well as|&)\\s+)?(?:the\\s+)?");

    private static final java.util.regex.Pattern INTRODUCES = java.util.regex.Pattern.compile(
            "(?i)\\W{0,3}(?:(?:countries|nations|states|economies)\\W{0,3})?"
                    + "(including|such as|like|namely)\\b");

    private static final java.util.regex.Pattern IN_THE = java.util.regex.Pattern.compile("(?i)\\b(in|of)\\s+(the\\s+)?$");

    /** The world as a group: every sovereign state of the gazetteer, at any date. */
    private static Group world(Gazetteer gazetteer, Place world) {
        return new Group(world, gazetteer.places().stream().filter(p -> p.kind() == PlaceKind.COUNTRY)
                .map(p -> new Membership(p.code(), LocalDate.MIN, LocalDate.MAX)).toList());
    }

    static PlaceReading of(Gazetteer gazetteer, String sentence) {
        List<Place> places = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        Group group = null;
        List<PlaceMention> mentions = gazetteer.find(sentence);
        // "Russia reported 1,566 … and the United States reported 1,790" names two places, but not as one list.
        boolean listed = true;
        int lastEnd = -1;
        for (PlaceMention m : mentions) {
            if (startsLongerName(sentence, m, mentions)) {
                continue;
            }
            if (m.isAmbiguous()) {
                ambiguous.add(m.text());
                continue;
            }
            Place p = m.place().orElseThrow();
            // "the highest in the world" after a country: ranked among every country.
            if (p.code().equals(WorldShare.WORLD) && !places.isEmpty()
                    && IN_THE.matcher(sentence.substring(0, m.start())).find()) {
                group = world(gazetteer, p);
                continue;
            }
            // "any other G7 country", "in Africa" after a country: the group it is compared within.
            // "African countries, including Chad, …", "European countries like Germany": the group or region only
            // introduces a list.
            if ((m.group().isPresent() || p.kind() != PlaceKind.COUNTRY)
                    && INTRODUCES.matcher(sentence.substring(m.end())).lookingAt()) {
                continue;
            }
            if (m.group().isPresent() && (m.naming() == Naming.GROUP || !places.isEmpty())) {
                group = m.group().get();
                continue;
            }
            if (places.stream().noneMatch(q -> q.code().equals(p.code()))) {
                places.add(p);
                if (lastEnd >= 0 && !LIST_GAP.matcher(sentence.substring(lastEnd, m.start())).matches()) {
                    listed = false;
                }
                lastEnd = m.end();
            }
        }
        return new PlaceReading(List.copyOf(places), Optional.ofNullable(group), List.copyOf(ambiguous), listed);
    }

    private static final java.util.regex.Pattern CAPITALISED_NEXT = java.util.regex.Pattern.compile(
            "[ \u00a0]+(?-i:\\p{Lu})\\p{L}+");

    /**
     * "The U.S. Energy Information Administration", "China Development Bank": a place name followed by a
     * capitalised word that is not another place begins the name of something else, an agency or a company, and
     * is no place the figure is about. A possessive ("Kenya's") ends the name.
     */
    private static boolean startsLongerName(String sentence, PlaceMention m, List<PlaceMention> mentions) {
        if (m.possessive()) {
            return false;
        }
        java.util.regex.Matcher next = CAPITALISED_NEXT.matcher(sentence).region(m.end(), sentence.length());
        return next.lookingAt() && mentions.stream().noneMatch(o -> o.start() > m.end() && o.start() < next.end());
    }

    /** The one place the sentence is about, unless it names none, several, or an ambiguous name. */
    Optional<Place> single() {
        return places.size() == 1 && ambiguous.isEmpty() ? Optional.of(places.get(0)) : Optional.empty();
    }
}
