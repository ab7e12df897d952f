package org.claimcheck.run;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import org.claimcheck.result.ArticleResult;

/**
 * One article's complete result — text, metadata, every finding with its claim, evidence and link, and its
 * problems — as one line-safe string, so a result computed elsewhere (a Spark executor) can be rendered by
 * the same report writers as a local run's. The payload is the field-by-field form a run already uses for
 * results it keeps on disk; it is framed by a magic, a format version and a CRC-32, and base64-encoded.
 * Decoding rebuilds every record through its constructor and refuses anything it cannot vouch for.
 */
public final class ArticleRecord {

    /** Bump when the payload's layout or meaning changes: records of another format are refused by name. */
    public static final int FORMAT = 3;

    private static final byte[] MAGIC = {'C', 'C', 'A', 'R'};
    private static final int HEADER = MAGIC.length + 2 + 4;

    private ArticleRecord() {
    }

    /** Thrown for a record that is not base64, of another format, truncated, altered or inconsistent. */
    public static final class MalformedRecordException extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedRecordException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static String encode(ArticleResult result) {
        byte[] payload = ResultStore.encode(result);
        ByteBuffer frame = ByteBuffer.allocate(HEADER + payload.length + 4);
        frame.put(MAGIC).putShort((short) FORMAT).putInt(payload.length).put(payload);
        frame.putInt(crc(frame.array(), HEADER + payload.length));
        return Base64.getEncoder().encodeToString(frame.array());
    }

    public static ArticleResult decode(String record) throws MalformedRecordException {
        byte[] frame;
        try {
            frame = Base64.getDecoder().decode(record);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("not base64: " + e.getMessage(), e);
        }
        ByteBuffer in = ByteBuffer.wrap(frame);
        if (frame.length < HEADER + 4) {
            throw new MalformedRecordException("too short to be a result record (" + frame.length + " bytes)", null);
        }
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        int format = in.getShort();
        if (!Arrays.equals(magic, MAGIC)) {
            throw new MalformedRecordException("not a result record", null);
        }
        if (format != FORMAT) {
            throw new MalformedRecordException("result record of format " + format + ", expected " + FORMAT
                    + " (written by another version of claimcheck)", null);
        }
        int length = in.getInt();
        if (length < 0 || length != frame.length - HEADER - 4) {
            throw new MalformedRecordException("payload length " + length + " does not match the record size", null);
        }
        if (ByteBuffer.wrap(frame, HEADER + length, 4).getInt() != crc(frame, HEADER + length)) {
            throw new MalformedRecordException("checksum mismatch: the record was altered or truncated", null);
        }
        try {
            return ResultStore.decode(Arrays.copyOfRange(frame, HEADER, HEADER + length));
        } catch (RuntimeException e) {
            throw new MalformedRecordException("inconsistent result: " + e.getMessage(), e);
        }
    }

    private static int crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
