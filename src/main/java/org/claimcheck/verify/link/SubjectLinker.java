package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.claimcheck.extract.Claim;
import org.claimcheck.reference.Attribute;
import org.claimcheck.reference.Subject;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

/**
 * Finds the subjects a claim may be about by their names and aliases, first in the claim's subject phrase,
 * then in the rest of its sentence, and through "the two countries" for pair subjects; when the sentence names
 * none, the subjects of the text just before it (see {@link ContextSubjects}). A name found inside a
 * longer name of another subject is dropped ("Russia" inside "Russia–China trade"): the longer name is the
 * more specific. Inside the subject phrase nearness does not count (the phrase as a whole is what the claim is
 * about). Each subject appears once, at its best match, best candidates first.
 */
final class SubjectLinker {

    private record Hit(Subject subject, NameMatch match, boolean anaphor) {
    }

    private final NameIndex names;
    private final Map<String, Set<Subject>> objects = new java.util.concurrent.ConcurrentHashMap<>();
    private final PairReferences pairs;
    private final DealParties deals;

    SubjectLinker(List<Subject> subjects) {
        this.names = new NameIndex(List.copyOf(subjects));
        this.pairs = new PairReferences(subjects);
        this.deals = new DealParties(names);
    }

    /** The subjects whose names join {@code a} and {@code b} ("Ochs's purchase of The New York Times"). */
    Set<Subject> dealsOf(Subject a, Subject b) {
        return deals.of(a, b);
    }

    /** Like {@link #candidates(Claim, String, String)} for an article without a title. */
    List<SubjectCandidate> candidates(Claim claim, String context) {
        return candidates(claim, context, null);
    }

    /**
     * Candidates for {@code claim}; {@code context} is what the article says just before its sentence and
     * {@code title} its title or null. Subjects named only there count when the sentence names none.
     */
    List<SubjectCandidate> candidates(Claim claim, String context, String title) {
        return candidates(claim, context, null, title);
    }

    /** As above, with the {@code earlier} paragraphs a subject referred back to may be named in. */
    List<SubjectCandidate> candidates(Claim claim, String context, EarlierText earlier, String title) {
        String sentence = claim.sentence();
        List<Word> words = Words.of(sentence);
        List<Hit> hits = new ArrayList<>();
        names.find(words).forEach(h -> hits.add(new Hit(h.subject(), h.match(), false)));
        pairs.find(sentence, words, context).forEach(h -> hits.add(new Hit(h.pair().subject(), h.match(), true)));
        int[] phrase = ClaimGeometry.subjectPhrase(claim);
        int valueStart = ClaimGeometry.valueStart(claim);
        int valueEnd = ClaimGeometry.valueEnd(claim);
        Map<Subject, SubjectCandidate> best = new LinkedHashMap<>();
        for (Hit hit : hits) {
            if (hits.stream().anyMatch(o -> !o.subject().equals(hit.subject()) && hit.match().inside(o.match()))) {
                continue;
            }
            NameMatch m = hit.match();
            boolean inPhrase = phrase != null && phrase[0] <= m.start() && m.end() <= phrase[1];
            boolean otherClause = !inPhrase && !Clauses.same(claim, m.start(), m.end(), valueStart, valueEnd);
            SubjectCandidate candidate = new SubjectCandidate(hit.subject(), inPhrase ? Place.CLAIM : Place.SENTENCE,
                    hit.anaphor(), otherClause, m.words(), inPhrase ? 0 : m.distanceTo(valueStart, valueEnd),
                    m.distanceTo(valueStart, valueEnd), sentence.substring(m.start(), m.end()));
            best.merge(hit.subject(), candidate,
                    (a, b) -> SubjectCandidate.BEST_FIRST.compare(a, b) <= 0 ? a : b);
        }
        if (phrase == null && claim.subject() != null) {
            addPhraseOnlyMatches(claim.subject(), best);
        }
        // Subjects of the preceding text rank after every subject of the sentence, so they only serve when no
        // subject the sentence names has a fact for the attribute: "The organisation was founded … by the leaders
        // of China, Russia, Kazakhstan, Kyrgyzstan …" is about the organisation named before.
        // A sentence that only reports what a source said ("a government brochure in Minsk dates the entry into
        // force to …") names the source in its subject phrase, not what the claim is about.
        boolean source = Attribution.isSource(claim);
        boolean ownPhraseNamesOne = best.values().stream().anyMatch(c -> c.place() == Place.CLAIM);
        boolean pointsBack = ContextSubjects.mayReferBack(claim) || ContextSubjects.objectRefersBack(claim);
        if (source || !ownPhraseNamesOne && pointsBack) {
            ContextSubjects.find(names, context, earlier, title, claim)
                    .forEach(c -> best.putIfAbsent(c.subject(), c));
        } else if (!ownPhraseNamesOne) {
            // "Edward ascended to the throne" after "Edward VIII": a proper name may shorten one named before
            ShortName.of(claim, () -> ContextSubjects.find(names, context, earlier, title, claim))
                    .ifPresent(c -> best.putIfAbsent(c.subject(), c));
        }
        List<SubjectCandidate> ranked = new ArrayList<>(best.values());
        ranked.sort(SubjectCandidate.BEST_FIRST.thenComparing(c -> c.subject().id(), Comparator.naturalOrder()));
        return ranked;
    }

    /**
     * The subjects an attribute's own phrases name after their first word, as the object of its event: "joined
     * the SCO" names the SCO. Empty for an attribute whose phrases name no subject ("signed", "began
     * operations", "bilateral trade").
     */
    Set<Subject> namedByPhrases(Attribute attribute) {
        return objects.computeIfAbsent(attribute.id(), id -> {
            Set<Subject> named = new LinkedHashSet<>();
            for (String phrase : attribute.phrases()) {
                List<Word> words = Words.of(phrase);
                // The name must leave the verb outside it: "bilateral trade" as a whole phrase is a subject's
                // alias, not an object of "trade".
                int phraseStart = words.isEmpty() ? 0 : words.get(0).start();
                names.all().forEach((subject, subjectNames) -> {
                    if (subjectNames.stream().flatMap(n -> NameMatcher.find(n, words).stream())
                            .anyMatch(m -> m.start() > phraseStart)) {
                        named.add(subject);
                    }
                });
            }
            return Set.copyOf(named);
        });
    }

    /**
     * Which subjects the texts (each may be null) name, asked one subject at a time: the texts are split into
     * words once, on the first question, and each answer is kept.
     */
    Predicate<Subject> namedIn(String... texts) {
        return namedIn(null, texts);
    }

    /** As above, with the earlier text of the article too (may be null). */
    Predicate<Subject> namedIn(EarlierText earlier, String... texts) {
        List<List<Word>> split = new ArrayList<>();
        Map<Subject, Boolean> answers = new HashMap<>();
        return subject -> answers.computeIfAbsent(subject, s -> {
            if (split.isEmpty()) {
                for (String text : texts) {
                    split.add(text == null ? List.of() : Words.of(text));
                }
            }
            return names.of(s).stream()
                    .anyMatch(n -> split.stream().anyMatch(words -> !NameMatcher.find(n, words).isEmpty()))
                    || earlier != null && ArticleNames.of(names, earlier.article()).within(earlier).stream()
                            .anyMatch(h -> h.subject().equals(s));
        });
    }

    /**
     * Whether the claim's own subject phrase refers to a subject taken from the preceding text: it is a pronoun
     * or a noun of the subject's names ("it", "the pipeline", "the bank"). False when there is no such phrase.
     */
    boolean referredBackTo(Claim claim, Subject subject) {
        return ContextSubjects.pointsAt(claim, names.of(subject));
    }

    /** A subject phrase that extraction reworded so it is not in the sentence still names its subject. */
    private void addPhraseOnlyMatches(String subjectPhrase, Map<Subject, SubjectCandidate> best) {
        // Each subject's longest match, the first of equals, as the hits come in the tables' order.
        Map<Subject, NameMatch> longest = new LinkedHashMap<>();
        for (NameIndex.Hit h : names.find(Words.of(subjectPhrase))) {
            longest.merge(h.subject(), h.match(), (a, b) -> b.words() > a.words() ? b : a);
        }
        longest.forEach((subject, m) -> best.put(subject, new SubjectCandidate(subject, Place.CLAIM, false, false,
                m.words(), 0, Integer.MAX_VALUE, subjectPhrase.substring(m.start(), m.end()))));
    }
}
