package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.reference.Subject;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

/**
 * The office an event verb gives its subject: "In 1994, Erdogan was elected Mayor of Istanbul", "was appointed
 * prime minister in 2003", "was sworn in as vice-president". A person is elected, appointed and sworn in once
 * per office, so a fact whose attribute phrases and subject names share no word with that office may be
 * another of them: the link is no firmer than the sentence. Read from the tagger's parts of speech: the
 * attribute's phrase holds such a verb, and nouns follow the phrase, after "in", "as" or "to" and a determiner.
 */
final class RoleComplement {

    /** Verbs whose object complement is an office (lemmas). */
    private static final Set<String> ROLE_VERBS = Set.of("elect", "re-elect", "reelect", "appoint", "name",
            "nominate", "swear", "choose", "designate", "install", "proclaim");

    /** Nouns that say when, not what: "was elected today", "sworn in this week". */
    private static final Set<String> TIME_NOUNS = Set.of("today", "yesterday", "tomorrow", "year", "month", "week",
            "day", "time", "morning", "evening", "night", "weekend", "term", "decade", "century");

    private static final Set<String> BEFORE_ROLE = Set.of("in", "as", "to");

    private RoleComplement() {
    }

    /**
     * The office the attribute's verb names that neither the attribute nor the subject names ("Mayor of
     * Istanbul"), if any. {@code values} are the sentence's claims: a value after the verb is no office.
     */
    static Optional<String> unnamedRole(Claim claim, AttributeCandidate a, Subject subject, List<Claim> values) {
        if (!a.located() || claim.words().isEmpty()) {
            return Optional.empty();
        }
        List<ClaimWord> words = claim.words();
        OptionalInt verb = lastVerbOf(claim, a);
        if (verb.isEmpty() || !ROLE_VERBS.contains(words.get(verb.getAsInt()).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int after = verb.getAsInt() + 1;
        while (after < words.size() && words.get(after).start() < a.end()) {
            after++; // past the rest of the phrase: "sworn in"
        }
        List<ClaimWord> role = role(words, after);
        if (role.isEmpty() || overlapsAValue(role, values, claim)) {
            return Optional.empty();
        }
        String office = claim.sentence().substring(role.get(0).start(), role.get(role.size() - 1).end());
        return named(role, claim, a, subject) ? Optional.empty() : Optional.of(office);
    }

    /** The index of the last verb of the matched phrase ("sworn" of "sworn in"). */
    private static OptionalInt lastVerbOf(Claim claim, AttributeCandidate a) {
        for (int i = claim.words().size() - 1; i >= 0; i--) {
            ClaimWord w = claim.words().get(i);
            if (w.end() <= a.end() && w.start() >= a.start() && w.isVerb()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The office's words from {@code from}: after "in", "as" or "to" and a determiner, nouns and the adjectives
     * and "of"-phrases within them ("Mayor of Istanbul", "first deputy prime minister"); empty when no noun comes.
     */
    private static List<ClaimWord> role(List<ClaimWord> words, int from) {
        int i = from;
        while (i < words.size() && (BEFORE_ROLE.contains(words.get(i).lemma().toLowerCase(Locale.ROOT))
                && !words.get(i).isNoun() || words.get(i).tag().equals("DT") || words.get(i).tag().equals("PRP$"))) {
            i++;
        }
        List<ClaimWord> role = new ArrayList<>();
        boolean noun = false;
        for (; i < words.size(); i++) {
            ClaimWord w = words.get(i);
            boolean ofAName = w.lemma().equalsIgnoreCase("of") && noun && i + 1 < words.size()
                    && words.get(i + 1).tag().startsWith("NNP");
            if (w.isNoun() || w.tag().startsWith("JJ") && !noun || w.tag().equals("HYPH") || ofAName) {
                if (w.isNoun() && (TIME_NOUNS.contains(w.lemma().toLowerCase(Locale.ROOT)) && !noun)) {
                    return List.of();
                }
                noun |= w.isNoun();
                role.add(w);
            } else {
                break;
            }
        }
        while (!role.isEmpty() && !role.get(role.size() - 1).isNoun()) {
            role.remove(role.size() - 1);
        }
        return noun ? role : List.of();
    }

    private static boolean overlapsAValue(List<ClaimWord> role, List<Claim> values, Claim claim) {
        int start = role.get(0).start();
        int end = role.get(role.size() - 1).end();
        int offset = claim.sentenceSpan().start();
        for (Claim v : values) {
            int vs = v.span().start() - offset;
            int ve = v.span().end() - offset;
            if (vs < end && start < ve) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun of the office is a word of the attribute's phrases or of the subject's names. */
    private static boolean named(List<ClaimWord> role, Claim claim, AttributeCandidate a, Subject subject) {
        List<String> known = new ArrayList<>();
        a.attribute().phrases().forEach(p -> Words.of(p).forEach(w -> known.add(w.text())));
        known.add(a.attribute().id().replace('-', ' '));
        for (String name : SubjectNames.of(subject)) {
            Words.of(name).stream().map(Word::text).forEach(known::add);
        }
        for (ClaimWord w : role) {
            if (!w.isNoun()) {
                continue;
            }
            String word = Words.key(claim.sentence().substring(w.start(), w.end()));
            for (String k : known) {
                for (String part : k.split(" ")) {
                    if (part.equals(word) || part.length() >= 5 && word.length() >= 5
                            && (part.startsWith(word) || word.startsWith(part))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
