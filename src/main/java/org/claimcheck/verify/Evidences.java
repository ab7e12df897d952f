package org.claimcheck.verify;

import org.claimcheck.extract.Claim;
import org.claimcheck.reference.Fact;

/** Builds {@link Evidence} from a reference fact or from an earlier statement in the same article. */
final class Evidences {

    private Evidences() {
    }

    static Evidence of(Fact fact) {
        return new Evidence(fact.table(), fact.line(), fact.subjectId(), fact.attribute(), fact.value().display(),
                fact.period() == null ? null : fact.period().canonical(), fact.source(),
                fact.vintage() == null ? null : fact.vintage().toString(), fact.note());
    }

    /** The earlier claim of the same article that a later one disagrees with. */
    static Evidence of(Claim earlier, String subject, String attribute, String note) {
        return new Evidence(earlier.articleId(), earlier.position().line(), subject, attribute,
                earlier.value().display(), earlier.period() == null ? null : earlier.period().canonical(),
                "the article itself", null, note);
    }
}
