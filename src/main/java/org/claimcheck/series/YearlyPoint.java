package org.claimcheck.series;

/** One figure of a series: the year it describes and its value in the series' unit (never NaN). */
public record YearlyPoint(int year, double value) {
}
