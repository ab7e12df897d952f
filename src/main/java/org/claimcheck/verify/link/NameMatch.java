package org.claimcheck.verify.link;

/**
 * Where a name was found in a text: the character range {@code [start, end)}, how many content words it
 * covers (longer is more specific), and whether the words stood in the name's own order.
 */
record NameMatch(int start, int end, int words, boolean inOrder) {

    boolean inside(NameMatch other) {
        return other.start <= start && end <= other.end && other.words > words;
    }

    int distanceTo(int from, int to) {
        if (end <= from) {
            return from - end;
        }
        if (to <= start) {
            return start - to;
        }
        return 0;
    }
}
