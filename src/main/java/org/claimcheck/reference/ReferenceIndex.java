package org.claimcheck.reference;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The validated reference tables, indexed for linking: subjects with their aliases, the attribute vocabulary,
 * and facts by subject and attribute. Only {@link ReferenceLoader} builds a non-empty index, after validation.
 */
public final class ReferenceIndex {

    public static final ReferenceIndex EMPTY = new ReferenceIndex(List.of(), List.of(), List.of());

    private final List<Subject> subjects;
    private final List<Attribute> attributes;
    private final List<Fact> facts;
    private final Map<String, Subject> subjectsById;
    private final Map<String, Attribute> attributesById;
    private final Map<String, List<Fact>> factsByKey;

    public ReferenceIndex(List<Subject> subjects, List<Attribute> attributes, List<Fact> facts) {
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

    /** Facts about {@code subjectId}, any attribute. */
    public List<Fact> factsAbout(String subjectId) {
        return facts.stream().filter(f -> f.subjectId().equals(subjectId)).toList();
    }
}
