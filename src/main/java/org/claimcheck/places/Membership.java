package org.claimcheck.places;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One spell of a place's membership of a group, both ends inclusive. {@code from} is {@link LocalDate#MIN} when the
 * membership has no beginning (a continent's countries); {@code until} is {@link LocalDate#MAX} while it lasts.
 */
public record Membership(String member, LocalDate from, LocalDate until) {

    public Membership {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException(member + ": membership ends (" + until + ") before it starts (" + from + ")");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }
}
