package org.claimcheck.verify.link;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.claimcheck.extract.Anniversaries;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.reference.Attribute;
import org.claimcheck.reference.AttributeKind;
import org.claimcheck.reference.Subject;
import org.claimcheck.verify.LinkBasis;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;
import org.claimcheck.verify.words.Words;

/**
 * How firmly a link ties a claim to its fact. A link is firm ({@link LinkStrength#ARGUMENT}) only when the
 * fact's attribute is what governs the value and the fact's subject takes part in that event or owns that
 * measure:
 * <ul>
 * <li>the subject is the head of the claim's subject phrase ("the NDB signed", not "the AUKUS governments
 * announced" nor "a Treaty to enlarge the EAEU"), named by a proper name that is not the start of a longer one
 * ("the Charter of the CIS" is not "the Charter"; {@link SubjectPhraseHead}); or it is the event's own owner
 * (the object of an active verb, the name before a passive one, a possessor) named in full; or "the two
 * countries" for a pair named just before;</li>
 * <li>an event attribute is the claim's own predicate, not an infinitive that another verb governs ("were
 * announced to be deployed", "agreed to create"); a measure attribute is in the claim's predicate or subject
 * phrase or in the value's clause, with no other figure between it and the value ("subscribed capital of $50
 * billion and authorised capital of $100 billion");</li>
 * <li>an attribute that names a first instance ("first-bond", "first-summit") needs the sentence to say so.</li>
 * </ul>
 * Anything else is a weaker basis; the reason says which condition failed.
 */
public final class LinkFirmness {

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our");

    /**
     * How far back (in characters, the current paragraph included) a name may stand for a plain description of
     * it ("The organisation was founded …") to make a firm link: about two short paragraphs.
     */
    private static final int NEAR_ENOUGH_TO_DESCRIBE = 1500;

    private LinkFirmness() {
    }

    /**
     * A link's basis, and whether the text shows that the claim is about another fact than the link's: its
     * subject only modifies another noun ("the AUKUS governments"), begins a longer name ("the Charter of the
     * CIS"), is not wholly the event's owner ("signed an agreement"), the attribute's verb depends on another
     * verb ("were announced to be deployed"), or another figure stands between the measure and the value. Such a
     * claim is not judged against the fact at all.
     */
    public record Firmness(LinkBasis basis, boolean otherFact) {
    }

    static Firmness assess(Claim claim, Link link, List<Claim> sentenceClaims, Predicate<Attribute> objectNamed) {
        SubjectCandidate s = link.subject();
        AttributeCandidate a = link.attribute();
        if (link.assumption().isPresent()) {
            return new Firmness(new LinkBasis(LinkStrength.ASSUMED, link.assumption().get()), false);
        }
        boolean nearBefore = s.place() == Place.CONTEXT
                || s.place() == Place.EARLIER && s.distance() <= NEAR_ENOUGH_TO_DESCRIBE;
        LinkDoubt notParticipant = nearBefore ? LinkDoubt.weakOrNone(notReferredBack(claim, s))
                : s.place().beforeSentence()
                        ? LinkDoubt.weak("subject \u201c" + s.matched() + "\u201d named only " + s.place().description())
                : notParticipant(claim, s, a);
        LinkDoubt notGoverning = GoverningAttribute.check(claim, a, sentenceClaims);
        Optional<String> described = FigureOfNoun.of(claim);
        // the figure's own noun shows another fact, which outweighs a doubt that only weakens the link
        if ((notGoverning == null || !notGoverning.otherFact()) && described.isPresent()
                && !FigureOfNoun.namesTheFact(described.get(), s.subject(), a.attribute())) {
            notGoverning = LinkDoubt.other("the figure describes \u201c" + described.get() + "\u201d, which names "
                    + "neither " + s.subject().name() + " nor " + a.attribute().id());
        }
        if (notGoverning == null && a.attribute().kind() == AttributeKind.EVENT) {
            notGoverning = AnotherInstance.marker(claim, a).map(m -> LinkDoubt.other("\u201c" + m + "\u201d makes it "
                    + "another instance of the event, not " + a.attribute().id())).orElse(null);
        }
        if (notGoverning == null && !objectNamed.test(a.attribute())) {
            notGoverning = LinkDoubt.weak(a.attribute().id() + " names its own object, and the sentence does not name it");
        }
        if (notGoverning == null) {
            Optional<String> office = RoleComplement.unnamedRole(claim, a, s.subject(), sentenceClaims);
            if (office.isPresent()) {
                notGoverning = LinkDoubt.weak("\u201c" + a.matched() + "\u201d names the office \u201c" + office.get()
                        + "\u201d, which neither " + s.subject().name() + " nor " + a.attribute().id()
                        + " names: it may be another one");
            }
        }
        if (notParticipant == null && notGoverning == null) {
            if (claim.isWeekday()) {
                // The week is the publication's guess: "on Thursday" in a piece filed days later is another one.
                // The same words serve the last weekday and, in a clause about the future, the next one.
                return new Firmness(new LinkBasis(LinkStrength.CLAUSE, "the day is a weekday, counted from the "
                        + "publication date"), false);
            }
            String participant = s.place().beforeSentence()
                    ? "\u201c" + claim.subject() + "\u201d refers back to \u201c" + s.matched() + "\u201d"
                    : s.anaphor() ? "\u201c" + s.matched() + "\u201d refers to " + s.subject().name()
                    : !s.parties().isEmpty() ? "\u201c" + s.matched() + "\u201d and " + s.parties().get(1).name()
                            + " take part in it, the parties of " + s.subject().name()
                    : "\u201c" + s.matched() + "\u201d takes part in it";
            return new Firmness(new LinkBasis(LinkStrength.ARGUMENT,
                    "\u201c" + a.matched() + "\u201d governs the value and " + participant), false);
        }
        // A doubt showing the claim is about another fact outweighs one that only weakens the link.
        LinkDoubt doubt = notParticipant == null || notGoverning != null && notGoverning.otherFact()
                && !notParticipant.otherFact() ? notGoverning : notParticipant;
        boolean otherFact = doubt.otherFact();
        String reason = doubt.reason();
        if (s.place() == Place.TITLE) {
            return new Firmness(new LinkBasis(LinkStrength.TITLE, reason), otherFact);
        }
        if (s.place().beforeSentence()) {
            return new Firmness(new LinkBasis(LinkStrength.PRECEDING_TEXT, "subject \u201c" + s.matched()
                    + "\u201d taken from the text before the sentence; " + reason), otherFact);
        }
        boolean sameClause = (s.place() == Place.CLAIM || !s.otherClause()) && !a.otherClause();
        return new Firmness(new LinkBasis(sameClause ? LinkStrength.CLAUSE : LinkStrength.SENTENCE, reason), otherFact);
    }

    /** Whether a form of "be" stands right before {@code start}, adverbs aside: "was opened", "were formally signed". */
    private static boolean afterBe(Claim claim, int start) {
        List<ClaimWord> words = TaggedWords.orLemmatized(claim);
        for (int i = words.size() - 1; i >= 0; i--) {
            ClaimWord w = words.get(i);
            if (w.end() > start) {
                continue;
            }
            if (w.tag().startsWith("RB") || w.tag().isEmpty() && w.lowerIn(claim.sentence()).endsWith("ly")) {
                continue;
            }
            return w.lemma().equals("be");
        }
        return false;
    }

    /** Why the subject is not a participant of the event or owner of the measure, or null when it is. */
    private static LinkDoubt notParticipant(Claim claim, SubjectCandidate s, AttributeCandidate a) {
        if (Anniversaries.marks(claim) && s.place() == Place.SENTENCE && claim.subject() != null
                && !POSSESSIVE_PRONOUNS.contains(claim.subject().toLowerCase(Locale.ROOT))) {
            // "kicked off Cobra Gold … with nods to the 190th anniversary of the bilateral relationship": an
            // anniversary is of what its own words name, not of another subject the sentence names.
            return LinkDoubt.other("the anniversary is of \u201c" + claim.subject() + "\u201d, not of "
                    + s.subject().name());
        }
        String value = Words.key(claim.text());
        if (claim.kind() == ClaimKind.DATE && s.gap() == 0 && !s.anaphor()
                && Words.of(s.matched()).stream().anyMatch(w -> w.text().equals(value))) {
            // "The 2008 Games were awarded to Beijing on 13 July 2001": the tables name the subject with the year,
            // so the year is its name, not the date of any of its events.
            return LinkDoubt.other("the date is part of the name \u201c" + s.matched() + "\u201d");
        }
        if (claim.kind() == ClaimKind.DATE && s.gap() <= 1 && !s.anaphor() && !datesTheClause(claim)) {
            // "the 2025 Johannesburg Summit": a year written into a name picks out one instance of the kind
            return LinkDoubt.weak("the date is written into the name \u201c" + s.matched() + "\u201d, which may name another instance");
        }
        Optional<String> bracketed = BracketedFigure.owner(claim);
        if (bracketed.isPresent() && s.place() != Place.CLAIM) {
            return LinkDoubt.other("the figure in brackets is \u201c" + bracketed.get() + "\u201d's, not "
                    + s.subject().name() + "'s");
        }
        String owner = a.owner().orElse(null);
        // The name just before a passive verb may end an apposition ("AUKUS, the security pact between Australia,
        // Britain and the United States, was announced") or a phrase headed by another noun ("a new course of the
        // Suez Canal was opened"): the claim's own subject phrase, which skips appositions, then decides. An owner
        // after the verb is its object and decides alone; so does the name a participle after a comma follows
        // ("the Treaty on the Creation of the Union State, signed on …"), which no subject phrase governs.
        boolean ownerBefore = owner != null && a.located() && claim.sentence().lastIndexOf(owner, a.start()) >= 0;
        boolean phraseDecides = ownerBefore && s.place() == Place.CLAIM;
        if (owner != null && !namesWhole(s, owner)) {
            if (!phraseDecides) {
                return LinkDoubt.other("\u201c" + owner + "\u201d, whose " + (a.attribute().kind() == AttributeKind.EVENT
                        ? "event" : "figure") + " this is, is not wholly a name of " + s.subject().name());
            }
        } else if (owner != null && !(phraseDecides && afterBe(claim, a.start()))) {
            return null;
        }
        if (s.place() != Place.CLAIM) {
            // "Bilateral trade hit $174 billion in 2021 …, claiming that turnover reached nearly $200 billion"
            boolean describedAgain = claim.subject() != null && notReferredBack(claim, s) == null;
            if (describedAgain || Attribution.isSource(claim) && objectOfSource(claim, s)) {
                return null;
            }
            // "In June 2024, the G7 issued a statement criticising … the Russian invasion of Ukraine": the claim's
            // own subject is a name of something else, another participant, so the date is its act, not the fact.
            boolean ownName = claim.subject() != null && !ContextSubjects.mayReferBack(claim)
                    && !Attribution.isSource(claim);
            String why = s.subject().name() + " is named in the sentence but not as the claim's subject";
            return ownName ? LinkDoubt.other(why + " \u201c" + claim.subject() + "\u201d") : LinkDoubt.weak(why);
        }
        if (s.anaphor()) {
            return null;
        }
        return SubjectPhraseHead.doubt(claim, s, a);
    }

    /**
     * Why the claim's own subject phrase does not refer back to a subject of the preceding text, or null when it
     * does: a definite description whose head is a noun of the subject's name ("The organisation was founded",
     * "the pipeline began"), with no modifier that could make it another one ("The basis of the union", "a
     * new treaty", "the two pipelines").
     */
    private static String notReferredBack(Claim claim, SubjectCandidate s) {
        if (ContextSubjects.objectRefersBack(claim)) {
            // A pronoun object is a chain the reader must follow: worth a review, never a contradiction alone.
            return "the event's object is a pronoun, read as " + s.subject().name();
        }
        String phrase = claim.findSubject().orElse("");
        if (phrase.isBlank()) {
            return "the claim has no subject phrase of its own";
        }
        List<String> words = SubjectPhraseHead.withoutDeterminers(Words.of(phrase));
        boolean description = words.size() == 1 && Words.of(phrase).get(0).text().matches("the|" + words.get(0))
                && phrase.strip().codePoints().skip(1).noneMatch(Character::isUpperCase)
                && SubjectNames.of(s.subject()).stream().flatMap(n -> Words.of(n).stream())
                        .anyMatch(w -> w.text().equals(words.get(0)));
        return description ? null : "the claim's own subject phrase \u201c" + phrase
                + "\u201d is not a plain description of it";
    }

    /**
     * "A think-tank timeline listed TurkStream as having opened in January 2019", "one yearbook credits Vostok
     * 2018 with just 30,000 troops": when the predicate only attributes the value to a source, the claim is
     * about the verb's object, which must be the name, wholly, right after the verb.
     */
    private static boolean objectOfSource(Claim claim, SubjectCandidate s) {
        int[] predicate = ClaimGeometry.predicate(claim);
        if (predicate == null) {
            return false;
        }
        String sentence = claim.sentence();
        int valueStart = ClaimGeometry.valueStart(claim);
        int from = predicate[0];
        int to = Math.max(from, valueStart);
        String between = sentence.substring(from, to);
        int at = between.indexOf(s.matched());
        if (at < 0) {
            return false;
        }
        int nameStart = from + at;
        int nameEnd = nameStart + s.matched().length();
        List<String> before = TaggedWords.lowerWithin(claim, from, nameStart);
        List<String> after = TaggedWords.lowerWithin(claim, nameEnd, to);
        // the verb and a few words of what it reports ("put bilateral trade between") before the name; "as",
        // "at", "with", "to" or the value right after it
        return before.stream().filter(w -> w.chars().anyMatch(Character::isLetterOrDigit)).count() <= 5
                && !before.contains(",")
                && (after.isEmpty() || SOURCE_OBJECT_ENDS.contains(after.get(0)));
    }

    /** Words that end the object of a source's verb before the value: "listed TurkStream as having opened". */
    private static final Set<String> SOURCE_OBJECT_ENDS = Set.of("as", "at", "with", "to", "for");

    /** "In 2007 Belarus joined": a date after a preposition dates its clause; it is no part of the name next to it. */
    private static boolean datesTheClause(Claim claim) {
        List<ClaimWord> before = TaggedWords.within(claim, 0, ClaimGeometry.valueStart(claim));
        return !before.isEmpty()
                && SubjectPhraseHead.POST_MODIFIERS.contains(before.get(before.size() - 1).lowerIn(claim.sentence()));
    }

    private static boolean namesWhole(SubjectCandidate s, String owner) {
        List<Subject> named = s.parties().isEmpty() ? List.of(s.subject()) : s.parties();
        for (String part : EventOwner.parts(owner)) {
            List<String> ownerKeys = SubjectPhraseHead.withoutDeterminers(Words.of(part));
            if (ownerKeys.isEmpty() || !SubjectPhraseHead.isProperName(part)) {
                continue;
            }
            // a deal's event is its parties' ("Ochs purchased the New York Times")
            for (String name : named.stream().flatMap(n -> SubjectNames.of(n).stream()).toList()) {
                if (ownerKeys.equals(SubjectPhraseHead.withoutDeterminers(Words.of(name)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
