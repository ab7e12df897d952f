package org.claimcheck.result;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A read-only list of article results kept outside the heap and read back on each access, so a run over a
 * corpus of any size holds only the article being reported. {@link RunResult} keeps such a list as it is
 * instead of copying it into memory. Implementations must be immutable and safe to read from several threads.
 */
public abstract class StoredArticles extends AbstractList<ArticleResult> implements RandomAccess {
}
