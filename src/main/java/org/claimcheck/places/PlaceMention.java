package org.claimcheck.places;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A place named in a text: {@code [start, end)} are char offsets of {@code text} in the text searched, without a
 * possessive "'s" (then {@code possessive} is true) and without a leading "the" unless the name has one ("the
 * world"). A name that stands for several places ("Congo", "Korean") has each as a candidate and names none alone.
 * {@code group} is present when the place is a group with members ("G7 country", "in Africa", "the EU's").
 */
public record PlaceMention(int start, int end, String text, Naming naming, List<Place> candidates,
        Optional<Group> group, boolean possessive) {

    public PlaceMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(group, "group");
        candidates = List.copyOf(candidates);
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit '" + text + "'");
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a mention of '" + text + "' needs at least one place");
        }
    }

    /** The place named, unless the name is ambiguous. */
    public Optional<Place> place() {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }
}
