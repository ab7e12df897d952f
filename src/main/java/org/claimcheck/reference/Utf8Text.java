package org.claimcheck.reference;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.Position;

/** Strict UTF-8 decoding that says where the first undecodable byte is; a leading byte-order mark is dropped. */
final class Utf8Text {

    /** The decoded text, or the position and value of the first byte that is not UTF-8. */
    record Decoded(String text, Position badBytePosition, int badByte) {

        boolean ok() {
            return text != null;
        }
    }

    private Utf8Text() {
    }

    static Decoded decode(byte[] bytes) {
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
        String decoded = out.toString();
        if (result.isError()) {
            // The buffer stops just before the bad byte: its length is the column of that byte on its line.
            String before = stripBom(decoded);
            Position where = LineMap.of(before).position(before.length());
            return new Decoded(null, where, bytes[in.position()] & 0xFF);
        }
        return new Decoded(stripBom(decoded), null, -1);
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
