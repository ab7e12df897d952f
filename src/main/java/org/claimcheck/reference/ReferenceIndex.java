package org.claimcheck.reference;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;

/**
 * The validated reference tables, indexed for linking: subjects with their aliases, the attribute vocabulary,
 * facts by subject and attribute, and exchange rates by currency pair and period. Only {@link ReferenceLoader}
 * builds a non-empty index, after validation.
 */
public final class ReferenceIndex {

    public static final ReferenceIndex EMPTY = new ReferenceIndex(List.of(), List.of(), List.of());

    private final List<Subject> subjects;
    private final List<Attribute> attributes;
    private final List<Fact> facts;
    private final Map<String, Subject> subjectsById;
    private final Map<String, Attribute> attributesById;
    private final Map<String, List<Fact>> factsByKey;
    private final List<Rate> rates;
    private final Map<String, Rate> ratesByKey;

    /** An index without exchange rates. */
    public ReferenceIndex(List<Subject> subjects, List<Attribute> attributes, List<Fact> facts) {
        this(subjects, attributes, facts, List.of());
    }

    public ReferenceIndex(List<Subject> subjects, List<Attribute> attributes, List<Fact> facts, List<Rate> rates) {
        this.rates = List.copyOf(rates);
        Map<String, Rate> byKey = new LinkedHashMap<>();
        this.rates.forEach(r -> byKey.putIfAbsent(rateKey(r.currency(), r.base(), r.period()), r));
        this.ratesByKey = Map.copyOf(byKey);
        this.subjects = List.copyOf(subjects);
        this.attributes = List.copyOf(attributes);
        this.facts = List.copyOf(facts);
        this.subjectsById = index(this.subjects, Subject::id);
        this.attributesById = index(this.attributes, Attribute::id);
        this.factsByKey = this.facts.stream().sorted(Comparator.comparing(Fact::table).thenComparing(Fact::line))
                .collect(Collectors.groupingBy(f -> key(f.subjectId(), f.attribute()), LinkedHashMap::new,
                        Collectors.toUnmodifiableList()));
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(id.apply(i), i));
        return Map.copyOf(map);
    }

    private static String key(String subjectId, String attribute) {
        return subjectId + "\u0000" + attribute;
    }

    public List<Subject> subjects() {
        return subjects;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    public List<Fact> facts() {
        return facts;
    }

    public Optional<Subject> findSubject(String id) {
        return Optional.ofNullable(subjectsById.get(id));
    }

    public Optional<Attribute> findAttribute(String id) {
        return Optional.ofNullable(attributesById.get(id));
    }

    /** Facts about {@code subjectId}'s {@code attribute}, every period and vintage, in table order. */
    public List<Fact> facts(String subjectId, String attribute) {
        return factsByKey.getOrDefault(key(subjectId, attribute), List.of());
    }

    /** Every exchange rate, in table order. */
    public List<Rate> rates() {
        return rates;
    }

    /**
     * The rate giving units of {@code currency} per one {@code base} over {@code period}: a row for exactly that
     * period, or else, for a month or quarter without one, the row for its year. A row given the other way round
     * is inverted. Never chained through a third currency.
     */
    public Optional<DirectedRate> findRate(String currency, String base, DateValue period) {
        if (period == null || currency.equals(base)) {
            return Optional.empty();
        }
        Optional<DirectedRate> exact = rateFor(currency, base, period);
        int year = period.first().getYear();
        if (exact.isPresent() || period.last().getYear() != year || period.granularity() == Granularity.YEAR) {
            return exact;
        }
        return rateFor(currency, base, DateValue.year(year));
    }

    private Optional<DirectedRate> rateFor(String currency, String base, DateValue period) {
        Rate direct = ratesByKey.get(rateKey(currency, base, period));
        if (direct != null) {
            return Optional.of(new DirectedRate(direct, false));
        }
        return Optional.ofNullable(ratesByKey.get(rateKey(base, currency, period)))
                .map(r -> new DirectedRate(r, true));
    }

    /** Periods match by the days they cover, however they were written. */
    private static String rateKey(String currency, String base, DateValue period) {
        return currency + "\u0000" + base + "\u0000" + period.first() + "/" + period.last();
    }

    /** Facts about {@code subjectId}, any attribute. */
    public List<Fact> factsAbout(String subjectId) {
        return facts.stream().filter(f -> f.subjectId().equals(subjectId)).toList();
    }
}
