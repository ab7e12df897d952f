package org.claimcheck.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
