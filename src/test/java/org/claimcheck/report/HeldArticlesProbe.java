package org.claimcheck.report;


/**
 * A writer that keeps nothing and, each time another {@code interval} characters have been written, notes how
 * many articles the renderer still holds: the renderer is in the middle of its report at that moment.
 */
final class HeldArticlesProbe extends ObservingWriter {

    private final ReadBackArticles articles;
    private final long interval;
    private long characters;
    private long nextCheck;
    private int checks;
    private int mostHeld;

    HeldArticlesProbe(ReadBackArticles articles, long interval) {
        this.articles = articles;
        this.interval = interval;
        this.nextCheck = interval;
    }

    int checks() {
        return checks;
    }

    /** The most articles held at any check. */
    int mostHeld() {
        return mostHeld;
    }

    @Override
    protected void wrote(int length) {
        characters += length;
        while (characters >= nextCheck) {
            mostHeld = Math.max(mostHeld, articles.stillHeld());
            checks++;
            nextCheck += interval;
        }
    }
}
