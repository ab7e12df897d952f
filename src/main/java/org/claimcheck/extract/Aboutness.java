package org.claimcheck.extract;

/** What a value is about, as the sentence words it: subject phrase and predicate, either possibly null. */
record Aboutness(Phrase subject, Phrase predicate) {

    static final Aboutness NONE = new Aboutness(null, null);
}
