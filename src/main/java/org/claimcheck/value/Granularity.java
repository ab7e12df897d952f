package org.claimcheck.value;

/** How precisely a date is stated, from a single day to a century, or an explicit range. */
public enum Granularity {
    DAY,
    MONTH,
    QUARTER,
    SEASON,
    YEAR,
    DECADE,
    CENTURY,
    RANGE
}
