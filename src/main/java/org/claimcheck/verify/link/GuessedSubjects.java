package org.claimcheck.verify.link;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.reference.Attribute;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

/**
 * Tells a link's subject the claim is plainly about from one it is only guessed to be about. A guessed subject
 * may support the claim but never contradict it: the judge turns such a contradiction into "unverifiable", as
 * for any other assumption.
 */
final class GuessedSubjects {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "its", "their", "our");

    private GuessedSubjects() {
    }

    /**
     * Why the winning subject is only a guess, or null. A claim is about the subject it names, or the one its
     * event verb is about; another subject is a guess that may support the claim but never contradict it:
     * <ul>
     * <li>one of the sentence's other subjects when the subject named nearest the value has no fact for the
     * attribute ("In 2000 Belarus, Kazakhstan and Russia established EurAsEC, which Uzbekistan joined in 2006"
     * is not Kazakhstan's joining);</li>
     * <li>one of the preceding text when the claim's own subject phrase is about something else ("The first
     * loan agreements were signed on …" after a paragraph about the bank, "Indonesia joined …" after one about
     * other members) or was not found. It is no guess when that phrase refers back to it ("It", "the pipeline",
     * or any definite singular description: "the line"), names the attribute itself ("the first formal summit",
     * "the authorised capital"), or is only the source of a date or figure ("some timelines date the annexation
     * to …", "an encyclopedia gives the signing as …").</li>
     * </ul>
     */
    static String doubt(Claim claim, Link best, List<Link> links, List<SubjectCandidate> subjectCandidates,
            SubjectLinker subjects, String context) {
        SubjectCandidate chosen = best.subject();
        if (chosen.place() == Place.CLAIM || best.attribute().owner().isPresent()) {
            return null;
        }
        if (chosen.place().beforeSentence()) {
            SubjectCandidate nearer = nearerReferent(claim, chosen, subjectCandidates, subjects);
            if (nearer != null) {
                // "The 'Turkish Stream' pipeline consists of … The pipeline was completed by the end of 2019": the
                // phrase is the nearer pipeline's, which has no fact for it, not one named a paragraph up.
                return nearer.subject().name() + ", which \u201c" + claim.subject() + "\u201d refers to nearer, has no fact"
                        + " for " + best.attributeId() + "; " + chosen.subject().name() + " is only a guess";
            }
            String unlisted = unlistedNearerName(claim, chosen, context);
            if (unlisted != null) {
                // "Lake Victoria … Lake Michigan. It has … The lake … covers 31,722 square kilometres": the lake
                // named just before is not in the tables, and the description is more likely its.
                return "\u201c" + claim.subject() + "\u201d may be " + unlisted + ", named just before and not in the"
                        + " tables; " + chosen.subject().name() + ", named farther up, is only a guess";
            }
            SubjectCandidate rival = rivalReferent(claim, best, links, subjects);
            if (rival != null) {
                // "After the Yellowstone in the United States, it is … one of the first national parks. This park
                // was founded …" on a page about the Royal National Park: the description fits both.
                return "\u201c" + claim.subject() + "\u201d fits " + rival.subject().name() + " as well as "
                        + chosen.subject().name() + ", both named before; " + chosen.subject().name()
                        + " is only a guess";
            }
            boolean referred = subjects.referredBackTo(claim, chosen.subject())
                    || namesAttribute(claim.subject(), best.attribute().attribute()) || Attribution.isSource(claim)
                    || claim.subject() != null && isDefiniteSingular(claim.subject());
            if (referred) {
                return null;
            }
            String taken = "subject taken from the preceding text (\u201c" + chosen.matched() + "\u201d), ";
            return claim.subject() == null ? taken + "but the claim's own subject was not found"
                    : taken + "which \u201c" + claim.subject() + "\u201d does not refer to";
        }
        SubjectCandidate nearest = subjectCandidates.get(0);
        if (!nearest.place().beforeSentence() && !nearest.subject().equals(chosen.subject())) {
            return nearest.subject().name() + ", named nearer the value, has no fact for " + best.attributeId()
                    + "; " + chosen.subject().name() + " is only a guess";
        }
        return null;
    }

    /**
     * A subject named in the sentence's own paragraph or the two sentences before it, when the chosen one was named
     * farther back, that the claim's subject phrase points at too ("the pipeline" for "TurkStream pipeline"), or
     * null. A subject a paragraph or more up is no nearer referent than the article's topic ("the bridge" after
     * a comparison with another bridge).
     */
    private static SubjectCandidate nearerReferent(Claim claim, SubjectCandidate chosen,
            List<SubjectCandidate> candidates, SubjectLinker subjects) {
        if (claim.subject() == null) {
            return null;
        }
        if (chosen.place() == Place.CONTEXT || Words.of(claim.subject()).stream()
                .anyMatch(w -> ContextSubjects.isPronoun(w.text()))) {
            return null; // "it" may stand for a phrase the sentence itself has ("The agreement was ratified …, and it")
        }
        for (SubjectCandidate c : candidates) {
            if (c.place() == Place.CONTEXT && !c.subject().equals(chosen.subject())
                    && subjects.referredBackTo(claim, c.subject())) {
                return c;
            }
        }
        return null;
    }

    /**
     * A name in the text just before the sentence that holds the head noun of the claim's description ("Lake
     * Michigan" for "the lake", "Kariba Dam" for "the dam") and is none of the names of the chosen subject, which
     * was named farther up or in the title; or null. The description more likely means the thing named last, which
     * the tables do not hold. The name is told by its capitals: the head noun capitalised next to another
     * capitalised word that is not a determiner.
     */
    private static String unlistedNearerName(Claim claim, SubjectCandidate chosen, String context) {
        if (context == null || !isDefiniteDescription(claim)
                || chosen.place() != Place.EARLIER && chosen.place() != Place.TITLE) {
            return null;
        }
        String head = Words.head(claim.subject());
        List<Word> words = Words.of(context);
        for (int i = words.size() - 1; i >= 0; i--) {
            Word w = words.get(i);
            if (!Words.sameNoun(w.text(), head) || !isCapitalised(context, w)) {
                continue;
            }
            int first = i;
            while (first > 0 && joinedCapitalised(context, words.get(first - 1), words.get(first))) {
                first--;
            }
            int last = i;
            while (last + 1 < words.size() && joinedCapitalised(context, words.get(last), words.get(last + 1))) {
                last++;
            }
            if (first == last) {
                continue; // "Lake" alone, or opening a sentence: no name
            }
            String name = context.substring(words.get(first).start(), words.get(last).end());
            String folded = Words.key(name);
            if (SubjectNames.of(chosen.subject()).stream().noneMatch(n -> Words.key(n).equals(folded))) {
                return name;
            }
        }
        return null;
    }

    /**
     * "The lake", "this dam": a definite singular description with a common noun for head, read from the subject
     * phrase and the word before it in the sentence (extraction leaves the determiner out of the phrase).
     */
    private static boolean isDefiniteDescription(Claim claim) {
        List<Word> phraseWords = claim.subject() == null ? List.of() : Words.of(claim.subject());
        if (phraseWords.isEmpty() || headIsPlural(claim.subject())
                || ContextSubjects.isPronoun(Words.head(claim.subject()))
                || Character.isUpperCase(claim.subject().charAt(phraseWords.get(phraseWords.size() - 1).start()))) {
            return false; // a pronoun, or a name ("the United States Department of Energy")
        }
        if (isDefiniteSingular(claim.subject())) {
            return true;
        }
        int[] phrase = ClaimGeometry.subjectPhrase(claim);
        if (phrase == null) {
            return false;
        }
        List<ClaimWord> words = TaggedWords.orLemmatized(claim);
        int before = TaggedWords.around(words, phrase[0], phrase[0])[0];
        return before >= 0 && DEFINITE.contains(words.get(before).lowerIn(claim.sentence()));
    }

    /** Whether {@code next} follows {@code previous} after a space, both capitalised, neither a determiner. */
    private static boolean joinedCapitalised(String text, Word previous, Word next) {
        return text.substring(previous.end(), next.start()).equals(" ") && isCapitalised(text, previous)
                && isCapitalised(text, next) && !DEFINITE.contains(previous.text())
                && !DEFINITE.contains(next.text());
    }

    private static boolean isCapitalised(String text, Word w) {
        return Character.isUpperCase(text.charAt(w.start()));
    }

    /**
     * Another subject of the preceding text or the title with a fact for the same attribute, that the claim's
     * description (not a pronoun) fits as well as the chosen one, or null: which one it means, the words do not say.
     */
    private static SubjectCandidate rivalReferent(Claim claim, Link best, List<Link> links, SubjectLinker subjects) {
        List<Word> words = claim.subject() == null ? List.of() : Words.of(claim.subject());
        if (words.isEmpty() || words.size() == 1 && ContextSubjects.isPronoun(words.get(0).text())
                || !subjects.referredBackTo(claim, best.subject().subject())) {
            return null;
        }
        String head = Words.head(claim.subject());
        return links.stream().filter(l -> l.attribute().attribute().equals(best.attribute().attribute())
                        && l.subject().place().beforeSentence()
                        && !l.subject().subject().equals(best.subject().subject())
                        && SubjectNames.of(l.subject().subject()).stream()
                                .anyMatch(n -> Words.sameNoun(nameHead(n), head)))
                .map(Link::subject).findFirst().orElse(null);
    }

    /**
     * The head noun of a name, folded: its last word before "of", "to", "on", "for" or "in" ("park" of "Royal
     * National Park", "amendment" of "Kigali Amendment to the Montreal Protocol").
     */
    private static String nameHead(String name) {
        List<Word> words = Words.of(name);
        String head = "";
        for (Word w : words) {
            if (NAME_POST_MODIFIERS.contains(w.text()) && !head.isEmpty()) {
                break;
            }
            head = w.text();
        }
        return head;
    }

    private static final Set<String> NAME_POST_MODIFIERS = Set.of("of", "to", "on", "for", "in");

    /**
     * "The first loan agreements", "company histories": many things, so not the one subject named before. A
     * singular description ("the line", "the project") may well be that subject under another word.
     */
    private static boolean headIsPlural(String subjectPhrase) {
        String head = Words.head(subjectPhrase);
        return head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us")
                && !head.endsWith("is");
    }

    /**
     * "The line", "this project": a definite description, which may well be a subject named before under
     * another word. A bare name at the start of a sentence ("Indonesia officially joined …") is not.
     */
    private static boolean isDefiniteSingular(String subjectPhrase) {
        List<Word> words = Words.of(subjectPhrase);
        return words.size() > 1 && DEFINITE.contains(words.get(0).text().toLowerCase(Locale.ROOT))
                && !headIsPlural(subjectPhrase);
    }

    /** "The first formal summit" for first-summit, "the authorised capital" for authorized-capital. */
    private static boolean namesAttribute(String subjectPhrase, Attribute attribute) {
        String head = subjectPhrase == null ? "" : Words.head(subjectPhrase);
        return !head.isEmpty() && attribute.phrases().stream().flatMap(p -> Words.of(p).stream())
                .anyMatch(w -> Words.sameNoun(head, w.text()));
    }
}
