package org.claimcheck.verify.link;

/**
 * The part of an article before a sentence's paragraph that a subject may still be named in: characters
 * {@code [from, to)} of {@code article}. Kept as a range of the whole text so that the names in an article are
 * found once ({@link ArticleNames}), not once per claim.
 */
public record EarlierText(String article, int from, int to) {

    public EarlierText {
        if (from < 0 || to < from || to > article.length()) {
            throw new IllegalArgumentException("invalid range [" + from + ", " + to + ") of " + article.length());
        }
    }

    int length() {
        return to - from;
    }
}
