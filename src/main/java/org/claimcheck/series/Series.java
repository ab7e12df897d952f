package org.claimcheck.series;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The yearly figures of one attribute for one subject, in ascending year order, years without a figure left
 * out. Kept as two primitive arrays (a year and a double per figure) rather than a list of objects: the
 * imported folder holds about three million figures, and boxed points would take several times the heap.
 * Immutable; the arrays never leave this class.
 */
public final class Series {

    private final String subjectCode;
    private final String attributeId;
    private final String source;
    private final int[] years;
    private final double[] values;

    /**
     * {@code years} strictly ascending and as long as {@code values}, which hold no NaN. The series takes the
     * arrays over (no copy: the loader makes them for it and keeps no reference).
     */
    Series(String subjectCode, String attributeId, String source, int[] years, double[] values) {
        this.subjectCode = Objects.requireNonNull(subjectCode, "subjectCode");
        this.attributeId = Objects.requireNonNull(attributeId, "attributeId");
        this.source = Objects.requireNonNull(source, "source");
        if (years.length != values.length) {
            throw new IllegalArgumentException("years and values differ in length");
        }
        for (int i = 0; i < years.length; i++) {
            if ((i > 0 && years[i] <= years[i - 1]) || Double.isNaN(values[i])) {
                throw new IllegalArgumentException("years must ascend and values must be numbers, at index " + i);
            }
        }
        this.years = years;
        this.values = values;
    }

    public String subjectCode() {
        return subjectCode;
    }

    public String attributeId() {
        return attributeId;
    }

    /** Who published these figures: the attribute's source, or the long file's rows' own. */
    public String source() {
        return source;
    }

    /** How many years have a figure. */
    public int size() {
        return years.length;
    }

    public boolean isEmpty() {
        return years.length == 0;
    }

    /** Every figure in year order, as a read-only view (points are made as they are read). */
    public List<YearlyPoint> points() {
        return new AbstractList<>() {
            @Override
            public YearlyPoint get(int index) {
                return point(index);
            }

            @Override
            public int size() {
                return years.length;
            }
        };
    }

    /** The figures of the years {@code from} to {@code to}, both included. */
    public List<YearlyPoint> between(int from, int to) {
        int start = firstIndexAtOrAfter(from);
        int end = to == Integer.MAX_VALUE ? years.length : firstIndexAtOrAfter(to + 1);
        return start >= end ? List.of() : points().subList(start, end);
    }

    /** The figure for {@code year}, if the series has one. */
    public OptionalDouble findValue(int year) {
        int i = Arrays.binarySearch(years, year);
        return i >= 0 ? OptionalDouble.of(values[i]) : OptionalDouble.empty();
    }

    /** The figure of the latest year up to and including {@code year}. */
    public Optional<YearlyPoint> findLatestOnOrBefore(int year) {
        int i = Arrays.binarySearch(years, year);
        int index = i >= 0 ? i : -i - 2;
        return index >= 0 ? Optional.of(point(index)) : Optional.empty();
    }

    /**
     * The figure of the latest year that had begun by {@code date}: for an article of 6 June 2022 that is 2022
     * when the series has it. Whether the figure had been published by then is not known here (a series has one
     * vintage); a judge that cares uses an earlier year.
     */
    public Optional<YearlyPoint> findLatestOnOrBefore(LocalDate date) {
        return findLatestOnOrBefore(date.getYear());
    }

    public Optional<YearlyPoint> first() {
        return years.length == 0 ? Optional.empty() : Optional.of(point(0));
    }

    public Optional<YearlyPoint> last() {
        return years.length == 0 ? Optional.empty() : Optional.of(point(years.length - 1));
    }

    private YearlyPoint point(int index) {
        return new YearlyPoint(years[index], values[index]);
    }

    private int firstIndexAtOrAfter(int year) {
        int i = Arrays.binarySearch(years, year);
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public String toString() {
        return subjectCode + "/" + attributeId + " (" + years.length + " years)";
    }
}
