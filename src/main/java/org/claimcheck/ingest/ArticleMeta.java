package org.claimcheck.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an article says about itself: title, publication date, URL, and whether its metadata marks it as a
 * test article (one with deliberately wrong facts, used to prove the gate). Absent fields are null.
 */
public record ArticleMeta(String title, LocalDate published, String url, boolean testArticle) {

    public static final ArticleMeta NONE = new ArticleMeta(null, null, null, false);

    public Optional<String> findTitle() {
        return Optional.ofNullable(title);
    }

    public Optional<LocalDate> findPublished() {
        return Optional.ofNullable(published);
    }

    public Optional<String> findUrl() {
        return Optional.ofNullable(url);
    }
}
