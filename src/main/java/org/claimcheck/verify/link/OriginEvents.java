package org.claimcheck.verify.link;

import java.util.List;
import java.util.Set;
import org.claimcheck.reference.Attribute;
import org.claimcheck.reference.AttributeKind;
import org.claimcheck.verify.words.Words;

/**
 * The events a thing begins with: an anniversary counts the years since a treaty was signed, an organisation
 * founded or established, a pipeline opened. Told from the attribute's own phrases, so a curator's "created" or
 * "set up" serves as well as the bundled ids; an accession, a summit or an annexation is no beginning of the
 * subject itself and is never counted.
 */
final class OriginEvents {

    private static final Set<String> BEGINNINGS = Set.of("signed", "founded", "established", "created", "formed",
            "set up", "began operations", "opened", "inaugurated", "launched", "began", "started");

    private OriginEvents() {
    }

    /** Whether {@code attribute} is an event that begins what it belongs to. */
    static boolean isOrigin(Attribute attribute) {
        return attribute.kind() == AttributeKind.EVENT && (BEGINNINGS.contains(attribute.id().replace('-', ' '))
                || attribute.phrases().stream().anyMatch(p -> BEGINNINGS.contains(Words.key(p))));
    }

    /** The origin events among {@code attributes}. */
    static List<Attribute> among(List<Attribute> attributes) {
        return attributes.stream().filter(OriginEvents::isOrigin).toList();
    }
}
