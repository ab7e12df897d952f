package org.claimcheck.result;

/** How far an article got: fully checked, or failed (unreadable, undecodable, ...) with its problems. */
public enum ArticleStatus {
    CHECKED,
    FAILED
}
