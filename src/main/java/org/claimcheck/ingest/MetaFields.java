package org.claimcheck.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.Position;

/**
 * Collects article metadata written as {@code key: value} lines (Markdown front matter, a plain-text header):
 * {@code title}, {@code date}, {@code url} and {@code test}; other keys are ignored. A value that cannot be
 * used becomes a problem at its line and column.
 */
final class MetaFields {

    private final String path;
    private final List<Problem> problems = new ArrayList<>();
    private String title;
    private LocalDate published;
    private String url;
    private boolean testArticle;

    MetaFields(String path) {
        this.path = path;
    }

    static boolean isKnownKey(String key) {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "title", "date", "url", "test" -> true;
            default -> false;
        };
    }

    /** Takes one field; {@code at} is where the value starts, for problems. */
    void accept(String key, String rawValue, Position at) {
        String value = unquote(rawValue.strip());
        switch (key.toLowerCase(Locale.ROOT)) {
            case "title" -> title = value.isEmpty() ? null : value;
            case "url" -> url = value.isEmpty() ? null : value;
            case "date" -> {
                Optional<LocalDate> date = Dates.parse(value);
                if (date.isPresent()) {
                    published = date.get();
                } else {
                    problems.add(Problem.error("invalid-metadata", path, at,
                            "invalid date \"" + value + "\": " + Dates.EXPECTED));
                }
            }
            case "test" -> {
                if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                    testArticle = Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
                } else {
                    problems.add(Problem.error("invalid-metadata", path, at,
                            "invalid test flag \"" + value + "\": expected true or false"));
                }
            }
            default -> {
                // other keys (author, tags, ...) are allowed and not needed
            }
        }
    }

    void problem(Problem problem) {
        problems.add(problem);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    Optional<String> findTitle() {
        return Optional.ofNullable(title);
    }

    ArticleMeta toMeta(String fallbackTitle) {
        return new ArticleMeta(title != null ? title : fallbackTitle, published, url, testArticle);
    }

    private static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            char last = value.charAt(value.length() - 1);
            if ((first == '"' || first == '\'') && first == last) {
                return value.substring(1, value.length() - 1);
            }
        }
        return value;
    }
}
