package org.claimcheck.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds places in a text by their surface forms. At each word start the longest form that matches wins, so
 * "South Africa" is not read as "Africa" and "Latin America" (a phrase that is no place here) not as "America"; the
 * search goes on after the match.
 */
final class PlaceFinder {

    /** Words after a group's name that make the phrase mean its members: "G7 country", "EU member states". */
    private static final Pattern MEMBER_NOUN = Pattern.compile(
            "\\s+(?:member\\s+(?:states?|countries|country|nations?|economies)|members?|countries|country|nations?"
                    + "|states|economies)(?![\\p{L}\\p{N}])");

    private static final Comparator<SurfaceForm> LONGEST_FIRST =
            Comparator.comparingInt((SurfaceForm f) -> f.text().length()).reversed()
                    .thenComparing(SurfaceForm::naming);

    private final Map<String, List<SurfaceForm>> byFirstWord = new HashMap<>();
    private final Function<String, Optional<Group>> groups;

    PlaceFinder(List<SurfaceForm> forms, Function<String, Optional<Group>> groups) {
        for (SurfaceForm form : forms) {
            byFirstWord.computeIfAbsent(form.firstWord(), w -> new ArrayList<>()).add(form);
        }
        byFirstWord.values().forEach(list -> list.sort(LONGEST_FIRST));
        this.groups = groups;
    }

    List<PlaceMention> find(String text) {
        List<PlaceMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordStart(text, i)) {
                i++;
                continue;
            }
            Optional<SurfaceForm> form = longestAt(text, i);
            if (form.isEmpty()) {
                i++;
                continue;
            }
            int end = i + form.get().text().length();
            if (form.get().isPlace()) {
                PlaceMention mention = mention(text, i, end, form.get());
                mentions.add(mention);
                end = mention.end();
            }
            i = end;
        }
        return List.copyOf(mentions);
    }

    private Optional<SurfaceForm> longestAt(String text, int at) {
        List<SurfaceForm> candidates = byFirstWord.getOrDefault(SurfaceForm.firstWord(text, at), List.of());
        for (SurfaceForm form : candidates) {
            int end = at + form.text().length();
            if (CaseRule.matchesAt(form.text(), text, at) && isWordEnd(text, end)) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }

    private PlaceMention mention(String text, int start, int end, SurfaceForm form) {
        boolean possessive = isPossessive(text, end);
        Optional<Group> group = form.places().size() == 1 ? groups.apply(form.places().get(0).code()) : Optional.empty();
        Naming naming = form.naming();
        if (group.isPresent() && !possessive) {
            Matcher noun = MEMBER_NOUN.matcher(text).region(end, text.length());
            if (noun.lookingAt()) {
                end = noun.end();
                naming = Naming.GROUP;
            }
        }
        return new PlaceMention(start, end, text.substring(start, end), naming, form.places(), group, possessive);
    }

    /** "India's", "the UK’s", and the bare apostrophe after a plural name: "the Philippines' exports". */
    private static boolean isPossessive(String text, int end) {
        if (end < text.length() && CaseRule.isApostrophe(text.charAt(end))) {
            boolean withS = end + 1 < text.length() && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S');
            int after = withS ? end + 2 : end + 1;
            boolean pluralName = text.charAt(end - 1) == 's';
            return (withS || pluralName) && isWordEnd(text, after);
        }
        return false;
    }

    private static boolean isWordStart(String text, int i) {
        return Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    private static boolean isWordEnd(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(text.charAt(end - 1));
    }
}
