package org.claimcheck.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One generated article before it is written in a file format: metadata and paragraphs of plain text. */
record BenchArticle(String id, String title, LocalDate date, String url, List<String> paragraphs) {

    BenchArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
        paragraphs = List.copyOf(paragraphs);
    }
}
