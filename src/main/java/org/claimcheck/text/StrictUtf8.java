package org.claimcheck.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding, the one every reader of the project's inputs uses (articles, reference tables, series,
 * labels): nothing undecodable is replaced, the first bad byte sequence is reported with where it stands, and a
 * leading byte-order mark is dropped.
 */
public final class StrictUtf8 {

    /**
     * The decoded text, or, when the bytes are not UTF-8, the first bad sequence: its byte offset and length and
     * the line and column where it stands in the text decoded before it.
     */
    public record Decoded(String text, int badOffset, int badLength, Position badPosition) {

        public boolean ok() {
            return text != null;
        }
    }

    private StrictUtf8() {
    }

    public static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String decoded = withoutBom(out.toString());
        if (result.isError()) {
            // The buffer stops just before the bad bytes: its length is their column on their line.
            Position where = LineMap.of(decoded).position(decoded.length());
            return new Decoded(null, in.position(), result.length(), where);
        }
        return new Decoded(decoded, -1, 0, null);
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
