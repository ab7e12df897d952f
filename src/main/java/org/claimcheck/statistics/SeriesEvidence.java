package org.claimcheck.statistics;

import java.util.Objects;

/**
 * The figures a statistical judgement rests on: one series (attribute and subject) over the years used.
 *
 * @param file the series' data file, relative to the manifest's folder
 * @param years the years used ("2017", "1990–2006")
 * @param value the figures in display form ("84.7 %", "0.40 per 1,000 people (2021)")
 */
public record SeriesEvidence(String file, String attributeId, String title, String subjectCode, String subjectName,
        String years, String value, String source, String vintage) {

    public SeriesEvidence {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(attributeId, "attributeId");
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(value, "value");
    }
}
