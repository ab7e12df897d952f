package org.claimcheck.series;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The validated time series of a reference folder: the attributes its manifest describes, the subjects they
 * cover, and each subject's yearly figures per attribute. Immutable; only {@link SeriesLoader} builds a
 * non-empty index, after validation. Lookups by id and code are exact (codes as the data files write them).
 */
public final class SeriesIndex {

    public static final SeriesIndex EMPTY = new SeriesIndex(List.of(), List.of(), List.of());

    private final List<SeriesAttribute> attributes;
    private final Map<String, SeriesAttribute> attributesById;
    private final List<SeriesSubject> subjects;
    private final Map<String, SeriesSubject> subjectsByCode;
    /** attribute id → subject code → series, both in sorted order so listings are deterministic. */
    private final Map<String, Map<String, Series>> seriesByAttribute;
    private final Set<String> subjectCodesWithData;
    private final long pointCount;
    private final int seriesCount;

    SeriesIndex(List<SeriesAttribute> attributes, List<SeriesSubject> subjects, Collection<Series> series) {
        this.attributes = List.copyOf(attributes);
        this.subjects = List.copyOf(subjects);
        Map<String, SeriesAttribute> byId = new LinkedHashMap<>();
        this.attributes.forEach(a -> byId.put(a.id(), a));
        this.attributesById = Map.copyOf(byId);
        Map<String, SeriesSubject> byCode = new LinkedHashMap<>();
        this.subjects.forEach(s -> byCode.put(s.code(), s));
        this.subjectsByCode = Map.copyOf(byCode);
        Map<String, Map<String, Series>> grouped = new TreeMap<>();
        long points = 0;
        int count = 0;
        for (Series s : series) {
            if (s.isEmpty()) {
                continue;
            }
            grouped.computeIfAbsent(s.attributeId(), k -> new TreeMap<>()).put(s.subjectCode(), s);
            points += s.size();
            count++;
        }
        grouped.replaceAll((k, v) -> java.util.Collections.unmodifiableMap(v));
        this.seriesByAttribute = java.util.Collections.unmodifiableMap(grouped);
        this.pointCount = points;
        this.seriesCount = count;
        Set<String> codes = new TreeSet<>();
        grouped.values().forEach(m -> codes.addAll(m.keySet()));
        this.subjectCodesWithData = java.util.Collections.unmodifiableSet(codes);
    }

    /** The attributes in manifest order, with title, unit and phrases. */
    public List<SeriesAttribute> attributes() {
        return attributes;
    }

    public Optional<SeriesAttribute> findAttribute(String attributeId) {
        return Optional.ofNullable(attributesById.get(attributeId));
    }

    /** Every subject of the subjects table, whether or not a series covers it. */
    public List<SeriesSubject> subjects() {
        return subjects;
    }

    public Optional<SeriesSubject> findSubject(String code) {
        return Optional.ofNullable(subjectsByCode.get(code));
    }

    /** The codes of the subjects that have at least one figure, sorted. */
    public Set<String> subjectCodesWithData() {
        return subjectCodesWithData;
    }

    /** Every subject's series of {@code attributeId}, by subject code; empty for an unknown attribute. */
    public Map<String, Series> seriesOf(String attributeId) {
        return seriesByAttribute.getOrDefault(attributeId, Map.of());
    }

    /** The figures of {@code attributeId} for {@code subjectCode}, if there are any. */
    public Optional<Series> findSeries(String subjectCode, String attributeId) {
        return Optional.ofNullable(seriesOf(attributeId).get(subjectCode));
    }

    /** The figures of {@code attributeId} for {@code subjectCode}; throws naming what is missing. */
    public Series requireSeries(String subjectCode, String attributeId) {
        if (!attributesById.containsKey(attributeId)) {
            throw new IllegalArgumentException("no series attribute \"" + attributeId + "\"");
        }
        return findSeries(subjectCode, attributeId).orElseThrow(() -> new IllegalArgumentException(
                "no figures of \"" + attributeId + "\" for subject \"" + subjectCode + "\""));
    }

    /** The latest figure of {@code attributeId} for {@code subjectCode} in a year that had begun by {@code date}. */
    public Optional<YearlyPoint> findLatestOnOrBefore(String subjectCode, String attributeId, LocalDate date) {
        return findSeries(subjectCode, attributeId).flatMap(s -> s.findLatestOnOrBefore(date));
    }

    /** How many (subject, attribute) series hold at least one figure. */
    public int seriesCount() {
        return seriesCount;
    }

    /** How many figures all series hold together. */
    public long pointCount() {
        return pointCount;
    }

    public boolean isEmpty() {
        return attributes.isEmpty();
    }
}
