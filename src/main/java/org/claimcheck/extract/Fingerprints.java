package org.claimcheck.extract;

import java.util.HexFormat;
import java.util.Locale;
import org.claimcheck.text.Sha256;

/**
 * Stable claim identities for baselines and SARIF: a hash of the article id, the claim kind and text, the
 * sentence it stands in (whitespace and case folded) and its occurrence among identical claims in that
 * sentence. Line numbers are left out, so edits elsewhere in the article keep the fingerprint.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(String articleId, ClaimKind kind, String text, String sentence, int occurrence) {
        String key = String.join("\u0000", articleId, kind.name(), fold(text), fold(sentence),
                Integer.toString(occurrence));
        return HexFormat.of().formatHex(Sha256.of(key), 0, 12);
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
