package org.claimcheck.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes non-negative integers in 7-bit groups (small numbers take one byte) and length-prefixed UTF-8. */
public final class VarIntWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);

    public void write(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    public void writeString(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        write(bytes.length);
        out.writeBytes(bytes);
    }

    public void writeBytes(byte[] bytes) {
        out.writeBytes(bytes);
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
