package org.claimcheck.places;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A group of places with dated memberships: the EU with its accessions and the UK's exit, the G7, BRICS, or a
 * continent whose members never change. The group is itself a {@link Place} (its code, name and kind).
 */
public record Group(Place place, List<Membership> memberships) {

    public Group {
        Objects.requireNonNull(place, "place");
        memberships = List.copyOf(memberships);
    }

    public String code() {
        return place.code();
    }

    /** The codes of the members on that day, sorted. */
    public Set<String> membersOn(LocalDate date) {
        return memberships.stream().filter(m -> m.covers(date)).map(Membership::member)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether the place with that code was a member on that day (both ends of a membership count). */
    public boolean isMember(String code, LocalDate date) {
        return memberships.stream().anyMatch(m -> m.member().equals(code) && m.covers(date));
    }

    @Override
    public String toString() {
        return "Group " + place + " (" + memberships.size() + " memberships)";
    }

    /** Whether the place was a member on any day, e.g. to tell "former member" from "never a member". */
    public boolean wasEverMember(String code) {
        return memberships.stream().anyMatch(m -> m.member().equals(code));
    }
}
