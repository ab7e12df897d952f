package org.claimcheck.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimcheck.reference.Subject;

/**
 * Resolves "the two countries", "both sides", "bilateral" and similar phrases to a pair subject, but only
 * when the reader has just been told who the two are: both parties must be named in the context (the two
 * preceding sentences, the paragraph so far, or the sentence before the phrase). A party counts as named by
 * its own words or by any alias of a subject of that name ("Russian Federation" for a subject "Russia").
 */
final class PairReferences {

    private static final List<List<Word>> PHRASES = List.of(
            "the two countries", "both countries", "the two sides", "both sides", "the two nations", "both nations",
            "the two states", "both states", "the two governments", "both governments", "the two neighbours",
            "the two powers", "the two partners", "both partners", "the pair", "bilateral").stream()
            .map(Words::of).toList();

    private final List<Pair> pairs;
    private final List<Subject> subjects;

    PairReferences(List<Subject> subjects) {
        this.subjects = List.copyOf(subjects);
        this.pairs = subjects.stream().map(Pair::of).flatMap(Optional::stream).toList();
    }

    /** A phrase in the sentence that refers to {@code pair}: where it stands, in sentence offsets. */
    record Hit(Pair pair, NameMatch match) {
    }

    List<Hit> find(String sentence, List<Word> sentenceWords, String context) {
        List<Hit> hits = new ArrayList<>();
        if (pairs.isEmpty()) {
            return hits;
        }
        for (List<Word> phrase : PHRASES) {
            for (NameMatch m : NameMatcher.inOrder(phrase, sentenceWords)) {
                List<Word> read = Words.of(context + " " + sentence.substring(0, m.start()));
                for (Pair pair : pairs) {
                    if (named(pair.first(), read) && named(pair.second(), read)) {
                        hits.add(new Hit(pair, new NameMatch(m.start(), m.end(), 0, true)));
                    }
                }
            }
        }
        return hits;
    }

    private boolean named(List<Word> party, List<Word> read) {
        if (!NameMatcher.find(party, read).isEmpty()) {
            return true;
        }
        String partyKey = key(party);
        return subjects.stream()
                .filter(s -> SubjectNames.of(s).stream().anyMatch(n -> Words.key(n).equals(partyKey)))
                .flatMap(s -> SubjectNames.of(s).stream())
                .anyMatch(alias -> !NameMatcher.find(Words.of(alias), read).isEmpty());
    }

    private static String key(List<Word> words) {
        return String.join(" ", words.stream().map(Word::text).toList());
    }
}
