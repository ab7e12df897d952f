package org.claimcheck.verify.judge;

import org.claimcheck.extract.Claim;
import org.claimcheck.reference.Fact;
import org.claimcheck.reference.Rate;
import org.claimcheck.verify.Evidence;

/** Builds {@link Evidence} from a reference fact or from an earlier statement in the same article. */
public final class Evidences {

    private Evidences() {
    }

    static Evidence of(Fact fact) {
        return new Evidence(fact.table(), fact.line(), fact.subjectId(), fact.attribute(), fact.value().display(),
                fact.period() == null ? null : fact.period().canonical(), fact.source(),
                fact.vintage() == null ? null : fact.vintage().toString(), fact.note());
    }

    /** The rate row a conversion used, so a reader can check the rate as well as the figure. */
    static Evidence of(Conversion conversion) {
        Rate row = conversion.rate().row();
        String from = conversion.rate().base();
        String note = "exchange rate: converts the claim from " + from + " into " + conversion.target().code()
                + (row.note().isBlank() ? "" : "; " + row.note());
        return new Evidence(row.table(), row.line(), null, null, row.describe(), row.period().canonical(),
                row.source(), row.vintage() == null ? null : row.vintage().toString(), note);
    }

    /** The earlier claim of the same article that a later one disagrees with. */
    public static Evidence of(Claim earlier, String subject, String attribute, String note) {
        return new Evidence(earlier.articleId(), earlier.position().line(), subject, attribute,
                earlier.value().display(), earlier.period() == null ? null : earlier.period().canonical(),
                "the article itself", null, note);
    }
}
