package org.claimcheck.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.StoredArticles;

/**
 * The articles of a run served the way a run kept on disk serves them: every access returns a new copy, as
 * reading the article back would. Each copy handed out is watched through a weak reference, so a test can tell
 * how many articles a renderer still holds.
 */
final class ReadBackArticles extends StoredArticles {

    private final List<ArticleResult> stored;
    private final List<WeakReference<ArticleResult>> handedOut = new ArrayList<>();

    ReadBackArticles(List<ArticleResult> stored) {
        this.stored = List.copyOf(stored);
    }

    @Override
    public synchronized ArticleResult get(int index) {
        ArticleResult a = stored.get(index);
        ArticleResult copy = new ArticleResult(a.id(), a.path(), a.meta(), a.status(), a.text(), a.findings(),
                a.problems());
        handedOut.add(new WeakReference<>(copy));
        return copy;
    }

    @Override
    public int size() {
        return stored.size();
    }

    /** Skips the calling test where an explicit garbage collection does not clear weak references. */
    static void assumeCollectable() {
        WeakReference<Object> probe = new WeakReference<>(new Object());
        System.gc();
        assumeTrue(probe.get() == null, "System.gc() does not collect here");
    }

    /** How many of the copies handed out are still reachable after a full garbage collection. */
    synchronized int stillHeld() {
        System.gc();
        handedOut.removeIf(copy -> copy.get() == null);
        return handedOut.size();
    }
}
