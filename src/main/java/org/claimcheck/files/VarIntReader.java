package org.claimcheck.files;

import java.nio.charset.StandardCharsets;

/** Reads what {@link VarIntWriter} wrote from a byte range, refusing to run past its end. */
public final class VarIntReader {

    /** No article has more sentences, tokens or strings than it has characters; this bounds any count. */
    private static final int MAX_COUNT = 50_000_000;

    private final byte[] bytes;
    private final int end;
    private int pos;

    public VarIntReader(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.pos = from;
        this.end = to;
    }

    public int read() {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            if (pos >= end) {
                throw new IllegalStateException("unexpected end of entry");
            }
            int b = bytes[pos++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    throw new IllegalStateException("integer out of range");
                }
                return value;
            }
        }
        throw new IllegalStateException("integer too long");
    }

    public int readCount() {
        int n = read();
        if (n > MAX_COUNT) {
            throw new IllegalStateException("implausible count " + n);
        }
        return n;
    }

    public String readString() {
        int length = read();
        if (length > end - pos) {
            throw new IllegalStateException("string runs past the end of the entry");
        }
        String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    public boolean atEnd() {
        return pos == end;
    }
}
