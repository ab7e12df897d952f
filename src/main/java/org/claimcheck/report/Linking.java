package org.claimcheck.report;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;

/**
 * What a finding was linked to in the reference tables, read from its evidence: a subject or attribute id is
 * reported only when every piece of evidence that names one names the same, so an ambiguous claim that
 * matched two subjects has no linked subject.
 */
final class Linking {

    private Linking() {
    }

    static Optional<String> findSubject(Finding finding) {
        return common(finding, Evidence::subject);
    }

    static Optional<String> findAttribute(Finding finding) {
        return common(finding, Evidence::attribute);
    }

    private static Optional<String> common(Finding finding, Function<Evidence, String> field) {
        var ids = finding.evidence().stream().map(field).filter(Objects::nonNull).distinct().toList();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }
}
