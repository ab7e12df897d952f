package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.reference.Subject;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

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
    /** For each party of each pair, every name that counts as naming it. */
    private final Map<List<Word>, List<List<Word>>> partyNames = new HashMap<>();

    PairReferences(List<Subject> subjects) {
        this.pairs = subjects.stream().map(Pair::of).flatMap(Optional::stream).toList();
        for (Pair pair : pairs) {
            for (List<Word> party : List.of(pair.first(), pair.second())) {
                partyNames.computeIfAbsent(party, p -> namesOf(p, subjects));
            }
        }
    }

    private static List<List<Word>> namesOf(List<Word> party, List<Subject> subjects) {
        String partyKey = key(party);
        List<List<Word>> names = new ArrayList<>();
        names.add(party);
        subjects.stream()
                .filter(s -> SubjectNames.of(s).stream().anyMatch(n -> Words.key(n).equals(partyKey)))
                .flatMap(s -> SubjectNames.of(s).stream())
                .forEach(alias -> names.add(Words.of(alias)));
        return List.copyOf(names);
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
        return partyNames.get(party).stream().anyMatch(name -> !NameMatcher.find(name, read).isEmpty());
    }

    private static String key(List<Word> words) {
        return String.join(" ", words.stream().map(Word::text).toList());
    }
}
