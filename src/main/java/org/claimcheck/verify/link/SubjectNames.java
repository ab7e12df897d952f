package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimcheck.reference.Subject;

/** Every name a text may use for a subject: its display name first, then its aliases, without repeats. */
final class SubjectNames {

    private SubjectNames() {
    }

    static List<String> of(Subject subject) {
        Set<String> names = new LinkedHashSet<>();
        names.add(subject.name());
        names.addAll(subject.aliases());
        names.removeIf(n -> n.isBlank());
        return new ArrayList<>(names);
    }
}
