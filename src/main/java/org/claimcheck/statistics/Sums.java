package org.claimcheck.statistics;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimcheck.series.SeriesAttribute;

/**
 * When several series named equally well are parts of one whole the sentence adds up ("wind and solar"): each
 * must be named by a word of its own that the others lack ("wind", "solar"), and all must share a unit. Two
 * versions of one measure (the same share from two publishers) name the same words and are never added.
 */
final class Sums {

    private Sums() {
    }

    static boolean distinct(List<SeriesAttribute> parts, String sentence) {
        Set<String> words = new HashSet<>(Words.keys(sentence));
        if (parts.stream().map(SeriesAttribute::unit).distinct().count() != 1) {
            return false;
        }
        for (SeriesAttribute a : parts) {
            Set<String> own = keys(a);
            own.retainAll(words);
            for (SeriesAttribute b : parts) {
                if (b != a) {
                    own.removeAll(keys(b));
                }
            }
            if (own.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** An attribute standing for the sum, for explanations: the parts' titles joined by "plus". */
    static SeriesAttribute named(List<SeriesAttribute> parts) {
        SeriesAttribute first = parts.get(0);
        String title = parts.stream().map(SeriesAttribute::title).collect(Collectors.joining(" plus "));
        String id = parts.stream().map(SeriesAttribute::id).collect(Collectors.joining("+"));
        String files = parts.stream().map(SeriesAttribute::file).collect(Collectors.joining("+"));
        return new SeriesAttribute(id, title, first.unit(), first.unitKind(), first.scale(), List.of(),
                first.source(), first.licence(), first.vintage(), files);
    }

    private static Set<String> keys(SeriesAttribute a) {
        Set<String> all = new HashSet<>(Words.contentKeys(a.title(), true));
        a.phrases().forEach(p -> all.addAll(Words.contentKeys(p, true)));
        return all;
    }
}
