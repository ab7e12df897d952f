package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

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
        NameShape nameShape = NameShape.of(name);
        TextShape textShape = TextShape.of(text);
        // Most names share no word with most texts: a set lookup per word settles them without a scan.
        boolean allWords = textShape.vocabulary().containsAll(nameShape.vocabulary());
        boolean contentWords = nameShape.content().size() >= 2
                && textShape.vocabulary().containsAll(nameShape.contentVocabulary());
        if (!allWords && !contentWords) {
            return new ArrayList<>();
        }
        List<NameMatch> matches = allWords ? new ArrayList<>(inOrder(name, text)) : new ArrayList<>();
        if (contentWords) {
            for (NameMatch m : orderFree(nameShape.content(), nameShape.counts(), textShape.content())) {
                if (matches.stream().noneMatch(e -> e.start() == m.start() && e.end() == m.end())) {
                    matches.add(m);
                }
            }
        }
        matches.removeIf(m -> sequel(m, text));
        return matches;
    }

    /**
     * A word {@code name} cannot be found without: its first content word, which both an in-order and an
     * order-free match need, or its first word when it has none; null for an empty name, which is never found.
     */
    static String requiredWord(List<Word> name) {
        if (name.isEmpty()) {
            return null;
        }
        List<Word> content = NameShape.of(name).content();
        return (content.isEmpty() ? name : content).get(0).text();
    }

    /** The folded words of {@code text}, as {@link #find} looks names up in them. */
    static Set<String> textVocabulary(List<Word> text) {
        return TextShape.of(text).vocabulary();
    }

    /** Only matches with every word in the name's own order (for fixed phrases such as "the two countries"). */
    static List<NameMatch> inOrder(List<Word> name, List<Word> text) {
        List<NameMatch> found = new ArrayList<>();
        if (name.isEmpty()) {
            return found;
        }
        int contentWords = Math.max(1, NameShape.of(name).content().size());
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
        int i = firstAtOrAfter(text, m.end());
        if (i >= text.size()) {
            return false;
        }
        Word w = text.get(i);
        boolean counts = i + 1 < text.size() && COUNTED.contains(text.get(i + 1).text());
        return w.start() - m.end() <= 1 && SEQUEL.matcher(w.text()).matches() && !counts;
    }

    /** The first word starting at or after {@code offset}; words are in text order, so a binary search. */
    private static int firstAtOrAfter(List<Word> text, int offset) {
        int lo = 0;
        int hi = text.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (text.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<NameMatch> orderFree(List<Word> name, Map<String, Integer> wanted, List<Word> text) {
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

    private static Set<String> vocabulary(List<Word> words) {
        Set<String> vocabulary = new HashSet<>();
        words.forEach(w -> vocabulary.add(w.text()));
        return vocabulary;
    }

    /**
     * What matching needs of a name, worked out once: names come from the tables and are matched against
     * every sentence. Keyed by the name's words; the number of names is bounded by the tables.
     */
    private record NameShape(List<Word> content, Map<String, Integer> counts, Set<String> vocabulary,
            Set<String> contentVocabulary) {

        private static final Map<List<Word>, NameShape> SHAPES = new ConcurrentHashMap<>();

        static NameShape of(List<Word> name) {
            NameShape known = SHAPES.get(name);
            if (known != null) {
                return known;
            }
            List<Word> content = NameMatcher.content(name);
            NameShape shape = new NameShape(content, NameMatcher.counts(content), NameMatcher.vocabulary(name),
                    NameMatcher.vocabulary(content));
            if (SHAPES.size() < MAX_NAME_SHAPES) {
                SHAPES.put(List.copyOf(name), shape);
            }
            return shape;
        }
    }

    private static final int MAX_NAME_SHAPES = 100_000;

    /**
     * What matching needs of a text. A caller matches many names against one text in a row, so the shape of
     * the latest text of each thread is kept; texts are immutable lists from {@link Words#of}, compared by
     * identity.
     */
    private record TextShape(List<Word> text, List<Word> content, Set<String> vocabulary) {

        private static final ThreadLocal<TextShape> LATEST = new ThreadLocal<>();

        static TextShape of(List<Word> text) {
            TextShape latest = LATEST.get();
            if (latest != null && latest.text() == text) {
                return latest;
            }
            TextShape shape = new TextShape(text, NameMatcher.content(text), NameMatcher.vocabulary(text));
            LATEST.set(shape);
            return shape;
        }
    }
}
