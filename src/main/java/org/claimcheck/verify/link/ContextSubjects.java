package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.places.Gazetteer;
import org.claimcheck.places.Naming;
import org.claimcheck.places.PlaceMention;
import org.claimcheck.reference.Subject;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

/**
 * Subjects a sentence refers back to without naming them ("The pipeline began operations on 2 December 2019",
 * "Its value was put at about $400 billion"): those named in the two preceding sentences or earlier in the
 * paragraph, most recent first, then those named in the article's title. Used only when the sentence names no
 * subject of the tables and its own subject phrase is not a proper name the tables lack ("Nord Stream 2 was
 * finished in 2021" is about Nord Stream 2, whatever the previous sentence named).
 */
public final class ContextSubjects {

    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    private ContextSubjects() {
    }

    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them");

    /**
     * "Erdoğan and Putin opened it in Istanbul on 8 January 2020": the event verb's object is a pronoun, so what
     * the claim is about was named before, whoever the sentence's subject is.
     */
    static boolean objectRefersBack(Claim claim) {
        int[] predicate = ClaimGeometry.predicate(claim);
        if (predicate == null) {
            return false;
        }
        return TaggedWords.next(claim, predicate[1]).filter(w -> w.start() <= predicate[1] + 1)
                .map(w -> OBJECT_PRONOUNS.contains(w.lowerIn(claim.sentence()))).orElse(false);
    }

    /** "it" or "them": an event's owner that refers back to something named before. */
    static boolean isObjectPronoun(String owner) {
        return OBJECT_PRONOUNS.contains(Words.key(owner));
    }

    /** Whether the claim's subject phrase (if any) is a description or pronoun rather than a proper name. */
    static boolean mayReferBack(Claim claim) {
        if (claim.subject() == null) {
            return true;
        }
        if (isPlaceName(claim.subject())) {
            // "Iraq joined in 1960, as did Qatar in 1961": a country's name at the start of a sentence is still
            // a name, not a capitalised description.
            return false;
        }
        int[] phrase = ClaimGeometry.subjectPhrase(claim);
        if (phrase != null && headIsCommonNoun(claim, phrase)) {
            // "The 65-year-old Russian leader": capitalised words that only describe a common noun make no name
            return true;
        }
        String[] words = claim.subject().strip().split("[\\s\\u2013\\u2014-]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean sentenceStart = i == 0 && (phrase == null || phrase[0] == 0 || claim.sentence()
                    .substring(0, phrase[0]).isBlank());
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !sentenceStart
                    && !CALENDAR.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the tagger read the last word of the subject phrase as a singular common noun ("leader") and no
     * word of the phrase as a proper noun, so the phrase describes rather than names; false when not tagged.
     */
    private static boolean headIsCommonNoun(Claim claim, int[] phrase) {
        List<ClaimWord> inPhrase = claim.words().stream()
                .filter(w -> w.start() >= phrase[0] && w.end() <= phrase[1]).toList();
        if (inPhrase.isEmpty()) {
            return false;
        }
        String head = inPhrase.get(inPhrase.size() - 1).tag();
        return head.equals("NN") && inPhrase.stream().noneMatch(w -> w.tag().startsWith("NNP"));
    }

    /** Whether the whole phrase is the name of a country or territory ("Iraq", "Saudi Arabia", "the UK"). */
    static boolean isPlaceName(String phrase) {
        String p = phrase.strip();
        List<PlaceMention> found = Gazetteer.bundled().find(p);
        if (found.size() != 1) {
            return false;
        }
        PlaceMention place = found.get(0);
        boolean named = place.naming() == Naming.NAME || place.naming() == Naming.SHORT_NAME;
        return named && place.end() == p.length()
                && Words.of(p.substring(0, place.start())).stream().allMatch(w -> w.text().equals("the"));
    }

    /**
     * Subjects named in {@code context} (the paragraph so far and the two sentences before), then in the
     * {@code earlier} paragraphs, then in the {@code title}. A subject named only in an earlier paragraph counts
     * when the claim's subject phrase points at it: a pronoun, or a noun its names contain ("the pipeline" for
     * "Power of Siberia pipeline") — not "the border agreements" for a treaty named two paragraphs up — or when
     * the sentence only reports what a source said ({@link #reportsEarlierFact}).
     */
    static List<SubjectCandidate> find(NameIndex names, String context, EarlierText earlier, String title,
            Claim claim) {
        Map<Subject, SubjectCandidate> best = new LinkedHashMap<>();
        collect(names, context, 0, Place.CONTEXT, best);
        int offset = context.length() + 1;
        if (earlier != null) {
            boolean reported = reportsEarlierFact(claim);
            int earlierOffset = offset;
            namedEarlier(names, earlier).forEach((subject, found) -> {
                if (reported || pointsAt(claim, names.of(subject))) {
                    best.putIfAbsent(subject, found.candidate(subject, earlierOffset));
                }
            });
            offset += earlier.length() + 1;
        }
        if (title != null) {
            Map<Subject, SubjectCandidate> inTitle = new LinkedHashMap<>();
            collect(names, title, offset, Place.TITLE, inTitle);
            inTitle.forEach(best::putIfAbsent);
        }
        return new ArrayList<>(best.values());
    }

    private static final Set<String> ELLIPTICAL = Set.of("one", "another", "a third", "the third", "others",
            "the other", "a second", "the second", "some");

    /**
     * "One trade magazine dated the opening to 8 November 2012", "another gave the capacity as …", "a third put
     * the 2024 total at …": a sentence that only reports what a source said, or whose subject is an elliptical
     * "one", "another", restates a fact the article gave before, perhaps a paragraph or two up.
     */
    public static boolean reportsEarlierFact(Claim claim) {
        return Attribution.isSource(claim)
                || claim.subject() != null && ELLIPTICAL.contains(Words.key(claim.subject()));
    }

    private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "their", "them", "this", "these");

    /** Whether a folded word is a pronoun that may stand for a subject named before ("it", "their", "these"). */
    static boolean isPronoun(String word) {
        return PRONOUNS.contains(word);
    }

    static boolean pointsAt(Claim claim, List<List<Word>> subjectNames) {
        if (claim.subject() == null) {
            return false;
        }
        // Folded as names are, so "the organisation" points at "Shanghai Cooperation Organization" too.
        List<Word> words = Words.of(claim.subject());
        if (words.isEmpty()) {
            return false;
        }
        String head = words.get(words.size() - 1).text();
        if (PRONOUNS.contains(head)) {
            return true;
        }
        return subjectNames.stream().flatMap(List::stream).map(w -> w.text().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(w -> Words.sameNoun(head, w));
    }

    /** A subject's most recent name in the earlier text, and how far that name ends before the text's end. */
    private record Found(int words, int fromEnd, String matched) {

        SubjectCandidate candidate(Subject subject, int offset) {
            return new SubjectCandidate(subject, Place.EARLIER, false, true, words, offset + fromEnd,
                    Integer.MAX_VALUE, matched);
        }
    }

    /** Every subject named in {@code earlier}, at its most recent name. */
    private static Map<Subject, Found> namedEarlier(NameIndex names, EarlierText earlier) {
        Map<Subject, Found> found = new LinkedHashMap<>();
        for (ArticleNames.Hit h : ArticleNames.of(names, earlier.article()).within(earlier)) {
            Found f = new Found(h.words(), earlier.to() - h.end(), h.matched());
            found.merge(h.subject(), f, (a, b) -> b.fromEnd() < a.fromEnd()
                    || b.fromEnd() == a.fromEnd() && b.words() > a.words() ? b : a);
        }
        return found;
    }

    /** Adds each subject's latest mention in {@code text}; {@code offset} pushes farther texts behind nearer ones. */
    private static void collect(NameIndex names, String text, int offset, Place place,
            Map<Subject, SubjectCandidate> best) {
        List<NameIndex.Hit> hits = names.find(Words.of(text));
        for (NameIndex.Hit hit : hits) {
            NameMatch m = hit.match();
            if (hits.stream().anyMatch(o -> !o.subject().equals(hit.subject()) && m.inside(o.match()))) {
                continue;
            }
            SubjectCandidate candidate = new SubjectCandidate(hit.subject(), place, false, true, m.words(),
                    offset + text.length() - m.end(), Integer.MAX_VALUE, text.substring(m.start(), m.end()));
            SubjectCandidate known = best.get(hit.subject());
            if (known == null || SubjectCandidate.BEST_FIRST.compare(candidate, known) < 0) {
                best.put(hit.subject(), candidate);
            }
        }
    }
}
