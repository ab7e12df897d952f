package org.claimcheck.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a name in a text, tolerant of case, punctuation, dashes and word order: "Russia–China", "China-Russia"
 * and "between Russia and China" all match the name "Russia and China". In-order matches compare every word;
 * order-free matches compare content words only (connectors such as "and", "between", "of" are ignored)
 * and need a name of at least two content words, so a single word never matches out of its place. A name
 * followed at once by a small number or Roman numeral is another name ("Power of Siberia 2" is not "Power of
 * Siberia"), unless the table has that longer name too.
 */
final class NameMatcher {

    private static final Pattern SEQUEL = Pattern.compile("\\d{1,2}|ii|iii|iv");
    private static final Set<String> COUNTED = Set.of("year", "years", "month", "months", "day", "days", "week",
            "weeks", "decade", "decades", "km", "miles", "billion", "million", "trillion", "percent", "per", "bcm",
            "times", "countries", "members", "nations");
    private static final Set<String> CONNECTORS = Set.of("and", "between", "of", "the", "with", "to", "s");

    private NameMatcher() {
    }

    static List<NameMatch> find(List<Word> name, List<Word> text) {
        List<NameMatch> matches = new ArrayList<>(inOrder(name, text));
        List<Word> nameContent = content(name);
        if (nameContent.size() >= 2) {
            for (NameMatch m : orderFree(nameContent, content(text))) {
                if (matches.stream().noneMatch(e -> e.start() == m.start() && e.end() == m.end())) {
                    matches.add(m);
                }
            }
        }
        matches.removeIf(m -> sequel(m, text));
        return matches;
    }

    /** Only matches with every word in the name's own order (for fixed phrases such as "the two countries"). */
    static List<NameMatch> inOrder(List<Word> name, List<Word> text) {
        List<NameMatch> found = new ArrayList<>();
        if (name.isEmpty()) {
            return found;
        }
        int contentWords = Math.max(1, content(name).size());
        for (int i = 0; i + name.size() <= text.size(); i++) {
            boolean all = true;
            for (int j = 0; j < name.size() && all; j++) {
                all = text.get(i + j).text().equals(name.get(j).text());
            }
            if (all) {
                found.add(new NameMatch(text.get(i).start(), text.get(i + name.size() - 1).end(), contentWords, true));
            }
        }
        return found;
    }

    /**
     * "Power of Siberia 2", "Nord Stream II": a number right after a name makes it another name, unless the
     * number counts something ("the treaty 20 years on").
     */
    private static boolean sequel(NameMatch m, List<Word> text) {
        for (int i = 0; i < text.size(); i++) {
            Word w = text.get(i);
            if (w.start() >= m.end()) {
                boolean counts = i + 1 < text.size() && COUNTED.contains(text.get(i + 1).text());
                return w.start() - m.end() <= 1 && SEQUEL.matcher(w.text()).matches() && !counts;
            }
        }
        return false;
    }

    private static List<NameMatch> orderFree(List<Word> name, List<Word> text) {
        Map<String, Integer> wanted = counts(name);
        List<NameMatch> found = new ArrayList<>();
        for (int i = 0; i + name.size() <= text.size(); i++) {
            if (!wanted.containsKey(text.get(i).text())) {
                continue; // most windows fail on their first word; skip counting them
            }
            List<Word> window = text.subList(i, i + name.size());
            if (counts(window).equals(wanted)) {
                int end = window.get(window.size() - 1).end();
                found.add(new NameMatch(window.get(0).start(), end, name.size(), false));
            }
        }
        return found;
    }

    private static Map<String, Integer> counts(List<Word> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(w.text(), 1, Integer::sum));
        return counts;
    }

    private static List<Word> content(List<Word> words) {
        return words.stream().filter(w -> !CONNECTORS.contains(w.text())).toList();
    }
}
