package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.reference.Attribute;
import org.claimcheck.reference.AttributeKind;
import org.claimcheck.reference.Fact;
import org.claimcheck.reference.ReferenceIndex;
import org.claimcheck.reference.Subject;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Value;
import org.claimcheck.verify.LinkBasis;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.words.UnitKinds;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

/**
 * Links a claim to the subject × attribute pair the tables hold facts for. Among the subjects and attributes
 * the text names, only pairs with facts count; the best pair wins by the subject's rank (named in the claim's
 * own words, named directly rather than as "the two countries", in the value's own clause, nearest the value,
 * longest name) and then the attribute's (in the predicate, in the value's clause, nearest, longest phrase).
 * Equally good pairs make the claim
 * ambiguous; no pair makes it unverifiable with the reason saying what was missing. A year written into a
 * name ("the 2001 Treaty") is read, as an assumption, as the date of the subject's only event in the tables.
 * A figure stated as a target or forecast prefers attributes that record targets, and any other figure prefers
 * the rest.
 */
public final class Linker {

    private final ReferenceIndex index;
    private final SubjectLinker subjects;
    private final AttributeLinker attributes;
    private final java.util.Map<String, List<Fact>> factsByAttribute;
    private final MeasureOnName measureOnName;
    private final DateOnName dateOnName;

    public Linker(ReferenceIndex index) {
        this.index = index;
        this.factsByAttribute = index.facts().stream()
                .collect(java.util.stream.Collectors.groupingBy(Fact::attribute));
        this.subjects = new SubjectLinker(index.subjects());
        this.attributes = new AttributeLinker(index.attributes(),
                (attribute, owner) -> subjects.namedByPhrases(attribute).stream().anyMatch(o -> names(o, owner)));
        this.measureOnName = new MeasureOnName(index);
        this.dateOnName = new DateOnName(index);
    }

    /** Whether the object {@code attribute}'s own phrases name ("joined the SCO") is named in the sentence. */
    java.util.function.Predicate<Attribute> objectNamedIn(Claim claim) {
        java.util.function.Predicate<Subject> inSentence = subjects.namedIn(claim.sentence());
        return a -> objectInView(a, inSentence);
    }

    /** How firmly {@code link} ties {@code claim} to its facts. */
    public LinkBasis basis(Claim claim, Link link, List<Claim> sentenceClaims) {
        return firmness(claim, link, sentenceClaims).basis();
    }

    /** As {@link #basis}, and whether the text shows the claim to be about another fact than the link's. */
    public LinkFirmness.Firmness firmness(Claim claim, Link link, List<Claim> sentenceClaims) {
        return LinkFirmness.assess(claim, link, sentenceClaims, objectNamedIn(claim));
    }

    LinkResult link(Claim claim, List<Claim> sentenceClaims, String context) {
        return link(claim, sentenceClaims, context, null);
    }

    /** Links {@code claim}; {@code context} is the text just before its sentence, {@code title} the article's. */
    LinkResult link(Claim claim, List<Claim> sentenceClaims, String context, String title) {
        return link(claim, sentenceClaims, context, null, title);
    }

    /** As above, with the {@code earlier} paragraphs a subject referred back to may be named in. */
    public LinkResult link(Claim claim, List<Claim> sentenceClaims, String context, EarlierText earlier, String title) {
        List<SubjectCandidate> subjectCandidates = subjects.candidates(claim, context, earlier, title);
        if (subjectCandidates.isEmpty()) {
            return noSubject(claim);
        }
        java.util.function.Predicate<Subject> inView = subjects.namedIn(earlier, claim.sentence(), context, title);
        List<AttributeCandidate> attributeCandidates = attributes.candidates(claim, sentenceClaims,
                a -> objectInView(a, inView));
        attributeCandidates = withoutMeasuresThatCannotHold(claim, attributeCandidates);
        subjectCandidates = Respectively.narrowSubjects(claim, sentenceClaims, subjectCandidates, attributeCandidates);
        attributeCandidates = Respectively.narrow(claim, sentenceClaims, attributeCandidates);
        List<Link> links = links(subjectCandidates, attributeCandidates);
        if (links.isEmpty()) {
            links = links(deals(subjectCandidates), attributeCandidates);
        }
        if (links.isEmpty()) {
            return unlinked(claim, subjectCandidates, attributeCandidates);
        }
        preferByModality(claim, links);
        preferMeasuresThatCanHold(claim, links);
        links.sort(Linker::compare);
        Link best = links.get(0);
        List<Link> tied = links.stream().filter(l -> Link.compare(l, best) == 0).toList();
        if (tied.size() > 1) {
            return new LinkResult.Ambiguous(tied);
        }
        String doubt = GuessedSubjects.doubt(claim, best, links, subjectCandidates, subjects, context);
        if (doubt != null) {
            Link assumed = Link.assumed(best.subject(), best.attribute(), best.facts(),
                    best.assumption().map(a -> a + "; " + doubt).orElse(doubt));
            return new LinkResult.Linked(assumed, "");
        }
        List<Link> runnersUp = links.stream().filter(l -> l.attribute().attribute().equals(best.attribute().attribute())
                && !l.subject().subject().equals(best.subject().subject()) && !l.subject().place().beforeSentence())
                .toList();
        return new LinkResult.Linked(best, note(best, subjectCandidates, links), runnersUp);
    }

    /** Every subject × attribute pair of the candidates that the tables hold facts for and the event is about. */
    private List<Link> links(List<SubjectCandidate> subjectCandidates, List<AttributeCandidate> attributeCandidates) {
        List<Link> links = new ArrayList<>();
        for (SubjectCandidate s : subjectCandidates) {
            for (AttributeCandidate a : attributeCandidates) {
                boolean ownerReferredBack = a.owner().isPresent() && s.place().beforeSentence()
                        && ContextSubjects.isObjectPronoun(a.owner().get());
                if (a.owner().isPresent() && !ownerReferredBack && !ownerNames(s, a.owner().get())) {
                    continue; // "the SCO established relations", "the Shanghai Five, formed in 1996"
                }
                List<Fact> facts = index.facts(s.subject().id(), a.attribute().id());
                if (!facts.isEmpty()) {
                    links.add(Link.found(s, a, facts));
                }
            }
        }
        return links;
    }

    /** Whether the event's {@code owner} names the candidate, or for a deal one of its parties. */
    private static boolean ownerNames(SubjectCandidate s, String owner) {
        return s.parties().isEmpty() ? names(s.subject(), owner) : s.parties().stream().anyMatch(p -> names(p, owner));
    }

    /**
     * When no subject the sentence names has a fact for the attribute, a deal of two of them may ("In 1896 Ochs
     * purchased the New York Times" is Ochs's purchase of The New York Times): a subject whose name joins both
     * ({@link DealParties}), found where the nearer party was, and only for an event the sentence gives to one of
     * the parties ({@link #ownerNames}).
     */
    private List<SubjectCandidate> deals(List<SubjectCandidate> subjectCandidates) {
        List<SubjectCandidate> named = subjectCandidates.stream().filter(c -> !c.place().beforeSentence()).toList();
        List<SubjectCandidate> deals = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                for (Subject deal : subjects.dealsOf(named.get(i).subject(), named.get(j).subject())) {
                    deals.add(SubjectCandidate.deal(deal, named.get(i), named.get(j)));
                }
            }
        }
        return deals;
    }

    /**
     * An attribute whose phrases name the object of its event ("joined-sco": "joined the SCO") is only what a
     * text says when that object is named in the sentence, just before it or in the title: an article on the
     * Union State that says Belarus would not "join the Russian Federation" says nothing of Belarus joining
     * the SCO, and a country "admitted" by the New Development Bank did not join BRICS.
     */
    private boolean objectInView(Attribute attribute, java.util.function.Predicate<Subject> inView) {
        Set<Subject> objects = subjects.namedByPhrases(attribute);
        return objects.isEmpty() || objects.stream().anyMatch(inView);
    }

    /**
     * A figure links to a measure whose facts can hold it when there is one: "trade rose to a record $146.88
     * billion" is the trade in dollars, not its growth in percent, though "rose" fits both.
     */
    private static void preferMeasuresThatCanHold(Claim claim, List<Link> links) {
        java.util.function.Predicate<Link> holds = l -> l.facts().stream().anyMatch(f -> mayHold(claim.value(), f.value()));
        if (links.stream().anyMatch(holds)) {
            links.removeIf(holds.negate());
        }
    }

    /** A figure stated as a target links to target attributes when there are any, an outcome to the others. */
    private static void preferByModality(Claim claim, List<Link> links) {
        boolean forecast = Forecasts.marker(claim).isPresent();
        if (links.stream().anyMatch(l -> Forecasts.isTargetAttribute(l.attribute().attribute()) == forecast)) {
            links.removeIf(l -> Forecasts.isTargetAttribute(l.attribute().attribute()) != forecast);
        }
    }

    private static int compare(Link a, Link b) {
        int rank = Link.compare(a, b);
        return rank != 0 ? rank
                : (a.subjectId() + " " + a.attributeId()).compareTo(b.subjectId() + " " + b.attributeId());
    }

    private static LinkResult noSubject(Claim claim) {
        return claim.findSubject()
                .map(s -> LinkResult.none(Reason.SUBJECT_NOT_IN_TABLES,
                        "no subject in the tables matches \u201c" + s + "\u201d or the rest of the sentence"))
                .orElse(LinkResult.none(Reason.SUBJECT_NOT_NAMED, "no subject in the tables is named in the sentence"));
    }

    private LinkResult unlinked(Claim claim, List<SubjectCandidate> subjectCandidates,
            List<AttributeCandidate> attributeCandidates) {
        SubjectCandidate first = subjectCandidates.get(0);
        if (!first.place().beforeSentence()) {
            // Subjects of the preceding text were only a fallback: what follows speaks of the sentence's own.
            subjectCandidates = subjectCandidates.stream().filter(c -> !c.place().beforeSentence()).toList();
        }
        if (first.place().beforeSentence()) {
            if (attributeCandidates.isEmpty()) {
                Optional<Link> only = onlyAttributeOfContextSubject(claim, first);
                if (only.isPresent()) {
                    return new LinkResult.Linked(only.get(),
                            "subject taken from the preceding text (\u201c" + first.matched() + "\u201d)");
                }
            }
            // Subjects of the preceding text were only a fallback; none fits, so the sentence names nothing.
            return noSubject(claim);
        }
        if (!attributeCandidates.isEmpty()) {
            AttributeCandidate top = attributeCandidates.get(0);
            if (top.owner().isPresent() && !names(first.subject(), top.owner().get())
                    && !index.facts(first.subject().id(), top.attribute().id()).isEmpty()) {
                // "opened in time for the opening of the Tokyo Olympic Games on …": the tables have the fact,
                // but the sentence gives the event to another owner.
                return LinkResult.none(Reason.OTHER_FACT, "\u201c" + top.matched() + "\u201d is about \u201c"
                        + top.owner().get() + "\u201d here, not about " + first.subject().name());
            }
            return LinkResult.none(Reason.NO_FACT_FOR_ATTRIBUTE, "subject " + first.subject().name()
                    + " has no fact for attribute " + top.attribute().id());
        }
        List<SubjectCandidate> own = subjectCandidates;
        Optional<Link> named = dateOnName.find(claim, own).or(() -> measureOnName.find(claim, own));
        if (named.isPresent()) {
            return new LinkResult.Linked(named.get(), "");
        }
        AttributeKind kind = AttributeLinker.kindFor(claim.kind());
        String where = claim.findPredicate().map(p -> "\u201c" + p + "\u201d or the sentence").orElse("the sentence");
        return LinkResult.none(Reason.ATTRIBUTE_NOT_NAMED, "no " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " attribute in the tables matches " + where + " (subject " + first.subject().name() + ")");
    }

    /**
     * Whether {@code owner}, the words an event verb is about, names {@code subject}: one of its names ends them,
     * or their last word is a word of one of its names ("the treaty", "Crimea"). A name followed by another noun
     * is a modifier of that noun: "the SCO Charter" and "the SCO Regional Anti-Terrorist Structure" are not the
     * SCO. A parenthesised acronym after the words does not count as their end. Coordinated owners ("India and
     * Pakistan were admitted") name each of their parts.
     */
    private static boolean names(Subject subject, String owner) {
        for (String part : EventOwner.parts(owner)) {
            if (!part.isBlank() && namesWhole(subject, part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesWhole(Subject subject, String owner) {
        List<Word> ownerWords = Words.of(owner.replaceFirst("\\s*\\([^()]*\\)\\s*$", ""));
        if (ownerWords.isEmpty()) {
            return true;
        }
        int ownerEnd = ownerWords.get(ownerWords.size() - 1).end();
        String head = ownerWords.get(ownerWords.size() - 1).text().toLowerCase(java.util.Locale.ROOT);
        for (String name : SubjectNames.of(subject)) {
            List<Word> nameWords = Words.of(name);
            if (NameMatcher.find(nameWords, ownerWords).stream().anyMatch(m -> m.end() == ownerEnd) || nameWords.stream()
                    .map(w -> w.text().toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(w -> Words.sameNoun(head, w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Trade reached $147 billion in 2021. The precise total, $146.88 billion, …": a sentence that refers back
     * to a subject without naming what it measures is read, as an assumption, as stating the subject's only
     * attribute of the claim's kind.
     */
    private Optional<Link> onlyAttributeOfContextSubject(Claim claim, SubjectCandidate s) {
        if (claim.value() instanceof DateValue) {
            // "In 2014, sanctions followed": a date whose sentence names no event is no event of a subject
            // named before, even its only one.
            return Optional.empty();
        }
        AttributeKind kind = AttributeLinker.kindFor(claim.kind());
        Set<String> ids = SubjectAttributes.of(index, s.subject().id(), kind,
                (a, f) -> mayHold(claim.value(), f.value()) && attributes.mayCount(claim, a));
        boolean forecast = Forecasts.marker(claim).isPresent();
        Set<String> sameModality = new LinkedHashSet<>(ids);
        sameModality.removeIf(id -> Forecasts.isTargetAttribute(index.findAttribute(id).orElseThrow()) != forecast);
        if (!sameModality.isEmpty()) {
            ids.retainAll(sameModality); // an outcome is not read as a target, nor a target as an outcome
        }
        if (ids.size() != 1) {
            return Optional.empty();
        }
        Attribute attribute = index.findAttribute(ids.iterator().next()).orElseThrow();
        AttributeCandidate assumed = new AttributeCandidate(attribute, Place.CONTEXT, true, 0, Integer.MAX_VALUE, "");
        return Optional.of(Link.assumed(s, assumed, index.facts(s.subject().id(), attribute.id()),
                "the sentence names no attribute; read as " + attribute.id() + ", the only "
                        + kind.name().toLowerCase(java.util.Locale.ROOT) + " of " + s.subject().name()
                        + " in the tables"));
    }

    /**
     * "By 2023 the figure had climbed to $240 billion": "climbed" names the trade's growth, in percent, but no
     * growth figure of any subject can hold dollars, so the word says how trade moved, not what the figure is.
     * A measure none of whose facts can hold the claim's figure is no candidate at all; what remains (perhaps
     * nothing, leaving the subject's only fitting measure as an assumption) decides.
     */
    private List<AttributeCandidate> withoutMeasuresThatCannotHold(Claim claim, List<AttributeCandidate> candidates) {
        if (claim.value() instanceof DateValue) {
            return candidates;
        }
        return candidates.stream().filter(a -> {
            List<Fact> facts = factsByAttribute.getOrDefault(a.attribute().id(), List.of());
            return facts.isEmpty() || facts.stream().anyMatch(f -> mayHold(claim.value(), f.value()));
        }).toList();
    }

    /**
     * Whether a fact's value is of the kind the claim states: money for money (any currency, rates may convert),
     * a percentage for a percentage, a quantity of the same dimension; a plain figure or a date may be anything.
     */
    static boolean mayHold(Value claimed, Value reference) {
        if (!(claimed instanceof Amount c) || !(reference instanceof Amount r) || UnitKinds.isPlainNumber(c.unit())) {
            return true;
        }
        if (c.unit().isCurrency() || r.unit().isCurrency()) {
            return c.unit().isCurrency() && r.unit().isCurrency();
        }
        if (UnitKinds.isPercentage(c.unit()) || UnitKinds.isPercentage(r.unit())) {
            return UnitKinds.isPercentage(c.unit()) && UnitKinds.isPercentage(r.unit());
        }
        return c.unit().comparableWith(r.unit());
    }

    /** Says why the link won when the text named other candidates too, or that the subject came from context. */
    private static String note(Link best, List<SubjectCandidate> subjectCandidates, List<Link> links) {
        if (best.subject().place().beforeSentence()) {
            return "subject taken from the preceding text (\u201c" + best.subject().matched() + "\u201d)";
        }
        SubjectCandidate nearest = subjectCandidates.get(0);
        if (!nearest.subject().equals(best.subject().subject())) {
            return nearest.subject().name() + " has no fact for " + best.attributeId() + "; linked to "
                    + best.subject().subject().name();
        }
        List<String> others = links.stream().map(l -> l.subject().subject().name()).distinct()
                .filter(n -> !n.equals(best.subject().subject().name())).toList();
        if (!others.isEmpty()) {
            return "chosen over " + String.join(", ", others) + " (" + why(best.subject(), links) + ")";
        }
        return "";
    }

    private static String why(SubjectCandidate best, List<Link> links) {
        SubjectCandidate runnerUp = links.stream().map(Link::subject)
                .filter(s -> !s.subject().equals(best.subject())).findFirst().orElse(best);
        if (best.place() != runnerUp.place()) {
            return "named " + best.place().description();
        }
        if (best.anaphor() != runnerUp.anaphor()) {
            return "named directly";
        }
        if (best.otherClause() != runnerUp.otherClause()) {
            return "in the value's own clause";
        }
        return best.distance() != runnerUp.distance() ? "nearer the value" : "longer name";
    }
}
