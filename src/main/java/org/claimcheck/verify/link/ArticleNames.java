package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.reference.Subject;
import org.claimcheck.verify.words.Words;

/**
 * Every subject's names found in a whole article, once: the earlier text each claim may refer back to is then a
 * range of these matches, not a new search through up to 20,000 characters per claim. A name inside a longer
 * name of another subject does not count ("Russia" inside "Russia–China trade"). Verifiers run on several
 * threads, so the last article's names are kept per thread.
 */
final class ArticleNames {

    /** One name found: its subject, where it stands and how many words it covers, and its text. */
    record Hit(Subject subject, NameMatch match, String matched) {

        int start() {
            return match.start();
        }

        int end() {
            return match.end();
        }

        int words() {
            return match.words();
        }
    }

    private static final ThreadLocal<ArticleNames> LAST = new ThreadLocal<>();

    private final NameIndex names;
    private final String article;
    private final List<Hit> hits;

    private ArticleNames(NameIndex names, String article) {
        this.names = names;
        this.article = article;
        this.hits = find(names, article);
    }

    static ArticleNames of(NameIndex names, String article) {
        ArticleNames last = LAST.get();
        if (last != null && last.names == names && last.article == article) {
            return last;
        }
        ArticleNames found = new ArticleNames(names, article);
        LAST.set(found);
        return found;
    }

    /** The hits that lie wholly inside {@code range}, in text order. */
    List<Hit> within(EarlierText range) {
        // The hits are sorted by start: search for the first, so a claim costs its range, not the article.
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).start() < range.from()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Hit> inside = new ArrayList<>();
        for (int i = lo; i < hits.size() && hits.get(i).start() < range.to(); i++) {
            if (hits.get(i).end() <= range.to()) {
                inside.add(hits.get(i));
            }
        }
        return inside;
    }

    private static List<Hit> find(NameIndex names, String text) {
        List<Hit> all = new ArrayList<>();
        for (NameIndex.Hit h : names.find(Words.of(text))) {
            all.add(new Hit(h.subject(), h.match(), text.substring(h.match().start(), h.match().end())));
        }
        // Sorted by position, a name inside a longer name of another subject is found among the few hits around it.
        all.sort(java.util.Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
        List<Hit> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Hit h = all.get(i);
            boolean inside = false;
            for (int j = i - 1; j >= 0 && !inside && all.get(i).start() - all.get(j).start() < 400; j--) {
                inside = isInside(h, all.get(j));
            }
            for (int j = i + 1; j < all.size() && !inside && all.get(j).start() <= h.start(); j++) {
                inside = isInside(h, all.get(j));
            }
            if (!inside) {
                kept.add(h);
            }
        }
        return List.copyOf(kept);
    }

    private static boolean isInside(Hit h, Hit other) {
        return !other.subject().equals(h.subject()) && h.match().inside(other.match());
    }
}
