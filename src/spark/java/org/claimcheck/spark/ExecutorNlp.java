package org.claimcheck.spark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.claimcheck.nlp.AnnotationCache;
import org.claimcheck.nlp.ArticleAnnotator;
import org.claimcheck.nlp.CachingAnnotator;
import org.claimcheck.nlp.CoreNlpAnnotator;
import org.claimcheck.nlp.NlpSettings;
import org.claimcheck.reference.ReferenceIndex;
import org.claimcheck.run.Checker;
import org.claimcheck.verify.Verifier;

/**
 * What an executor JVM builds once and shares between all its tasks: one CoreNLP annotator (the models load on
 * the first article, as in the command line), and one {@link Checker} per set of shipped reference tables.
 * The annotator is thread-safe, so concurrent tasks of one executor share it like the command line's workers.
 */
final class ExecutorNlp {

    private static CoreNlpAnnotator nlp;
    private static final Map<String, Checker> CHECKERS = new HashMap<>();

    private ExecutorNlp() {
    }

    /** The one CoreNLP annotator of this JVM, with the command line's settings. */
    static synchronized CoreNlpAnnotator annotator() {
        if (nlp == null) {
            nlp = new CoreNlpAnnotator(NlpSettings.LEAN);
        }
        return nlp;
    }

    /**
     * The checker for these tables; with a cache folder, CoreNLP sits behind the annotation cache in that
     * folder, which must be a local path on every executor (a node-local disk or a shared mount).
     */
    static synchronized Checker checker(ShippedTables tables, String localCacheDir, String toolVersion) {
        String key = tables.digest() + "|" + localCacheDir;
        Checker checker = CHECKERS.get(key);
        if (checker == null) {
            ReferenceIndex index = tables.index();
            Verifier verifier = new Verifier(index);
            ArticleAnnotator annotator = localCacheDir == null ? annotator()
                    : new CachingAnnotator(new AnnotationCache(Path.of(localCacheDir), NlpSettings.LEAN,
                            toolVersion), ExecutorNlp::annotator);
            checker = new Checker(annotator, verifier::verify, 1, toolVersion);
            CHECKERS.put(key, checker);
        }
        return checker;
    }
}
