package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.reference.Subject;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

/**
 * Every subject's names, split into words once, and indexed by a word each name needs in a text to be found there
 * ({@link NameMatcher#requiredWord}). Finding the subjects a text names then costs the text's words and the few
 * names that share one, not a match attempt for every name of the tables: with a fact-checker's table of
 * thousands of subjects the cost per claim stays flat.
 */
final class NameIndex {

    /** A name of {@code subject} found in a text. */
    record Hit(Subject subject, NameMatch match) {
    }

    /** A name and its place in the tables' order, so hits come out in that order whatever found them. */
    private record Entry(int order, Subject subject, List<Word> name) {
    }

    private final Map<Subject, List<List<Word>>> names = new LinkedHashMap<>();
    private final Map<String, List<Entry>> byWord = new HashMap<>();

    NameIndex(List<Subject> subjects) {
        int order = 0;
        for (Subject subject : subjects) {
            List<List<Word>> split = SubjectNames.of(subject).stream().map(Words::of).toList();
            names.put(subject, split);
            for (List<Word> name : split) {
                String required = NameMatcher.requiredWord(name);
                if (required != null) {
                    byWord.computeIfAbsent(required, w -> new ArrayList<>()).add(new Entry(order, subject, name));
                }
                order++;
            }
        }
    }

    /** The subject's names, each as words (empty for a subject the tables do not hold). */
    List<List<Word>> of(Subject subject) {
        return names.getOrDefault(subject, List.of());
    }

    /** Every subject with its names, in the tables' order. */
    Map<Subject, List<List<Word>>> all() {
        return names;
    }

    /**
     * Every match of every name in {@code text}, in the tables' order of subjects and names, each name's matches
     * as {@link NameMatcher#find} gives them: the same list as matching every name in turn.
     */
    List<Hit> find(List<Word> text) {
        Set<String> vocabulary = NameMatcher.textVocabulary(text);
        List<Entry> candidates = new ArrayList<>();
        for (String word : vocabulary) {
            List<Entry> entries = byWord.get(word);
            if (entries != null) {
                candidates.addAll(entries);
            }
        }
        candidates.sort(Comparator.comparingInt(Entry::order));
        List<Hit> hits = new ArrayList<>();
        for (Entry e : candidates) {
            for (NameMatch m : NameMatcher.find(e.name(), text)) {
                hits.add(new Hit(e.subject(), m));
            }
        }
        return hits;
    }
}
