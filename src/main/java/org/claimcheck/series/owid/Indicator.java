package org.claimcheck.series.owid;

/** One series as {@code metadata.json} describes it, and where its description starts. */
record Indicator(String filename, String title, String description, String unit, int line, int column) {
}
