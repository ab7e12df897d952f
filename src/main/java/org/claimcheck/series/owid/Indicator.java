package org.claimcheck.series.owid;

/** One series as {@code metadata.json} describes it, and the line its description starts on. */
record Indicator(String filename, String title, String description, String unit, int line) {
}
