package org.claimcheck.run;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.claimcheck.ingest.Article;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.verify.Finding;

/**
 * The binary form of an article's findings in the findings cache. Layout: magic {@code CCFN}, format version,
 * the 32-byte cache key, payload length, payload ({@link FindingsFormat}), and a CRC-32 of everything before it.
 * Claim positions are located again in the article being checked, whose text the key covers but whose source
 * layout (line breaks, markup) it does not. Decoding throws {@link DamagedEntryException} for anything it
 * cannot vouch for.
 */
final class FindingsCodec {

    /** Bump when the layout or the meaning of a field changes: older entries then read as damaged. */
    static final int FORMAT = 6;

    private static final byte[] MAGIC = {'C', 'C', 'F', 'N'};
    private static final int KEY_BYTES = 32;
    private static final int HEADER = MAGIC.length + 2 + KEY_BYTES + 4;
    private FindingsCodec() {
    }

    /** Thrown when an entry is truncated, altered, of another format or key, or does not fit the article. */
    static final class DamagedEntryException extends Exception {

        private static final long serialVersionUID = 1L;

        DamagedEntryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static byte[] encode(byte[] key, List<Finding> findings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + findings.size() * 512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            FindingsFormat.writeFindings(out, findings);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return seal(key, bytes.toByteArray());
    }

    static List<Finding> decode(byte[] key, byte[] entry, Article article) throws DamagedEntryException {
        try {
            DataInputStream data = open(key, entry);
            // Positions are located again in this article: the key covers its text, not its source layout.
            List<Finding> findings = FindingsFormat.readFindings(data, article.id(), article.text().length(),
                    (offset, written) -> article.locate(offset));
            if (data.available() != 0) {
                throw new IllegalStateException("bytes left after the last finding");
            }
            return findings;
        } catch (IOException | RuntimeException e) {
            throw new DamagedEntryException("damaged findings entry: " + e.getMessage(), e);
        }
    }

    /** The results of one input file, positions included: the key covers the file's exact bytes. */
    static byte[] encodeResults(byte[] key, List<ArticleResult> results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(results.size());
            for (ArticleResult r : results) {
                byte[] one = ResultStore.encode(r);
                out.writeInt(one.length);
                out.write(one);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return seal(key, bytes.toByteArray());
    }

    static List<ArticleResult> decodeResults(byte[] key, byte[] entry) throws DamagedEntryException {
        try {
            DataInputStream data = open(key, entry);
            int count = FindingsFormat.count(data);
            List<ArticleResult> results = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int length = data.readInt();
                if (length < 0 || length > data.available()) {
                    throw new IllegalStateException("result length " + length + " runs past the entry");
                }
                results.add(ResultStore.decode(data.readNBytes(length)));
            }
            if (data.available() != 0) {
                throw new IllegalStateException("bytes left after the last result");
            }
            return results;
        } catch (IOException | RuntimeException e) {
            throw new DamagedEntryException("damaged results entry: " + e.getMessage(), e);
        }
    }

    private static byte[] seal(byte[] key, byte[] payload) {
        ByteBuffer entry = ByteBuffer.allocate(HEADER + payload.length + 4);
        entry.put(MAGIC).putShort((short) FORMAT).put(key).putInt(payload.length).put(payload);
        entry.putInt(crc(entry.array(), HEADER + payload.length));
        return entry.array();
    }

    /** The payload of a sound entry of this format and key; throws for anything else. */
    private static DataInputStream open(byte[] key, byte[] entry) {
        ByteBuffer in = ByteBuffer.wrap(entry);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!Arrays.equals(magic, MAGIC) || in.getShort() != FORMAT) {
            throw new IllegalStateException("not a findings entry of format " + FORMAT);
        }
        byte[] storedKey = new byte[KEY_BYTES];
        in.get(storedKey);
        if (!Arrays.equals(storedKey, key)) {
            throw new IllegalStateException("the entry belongs to another key");
        }
        int length = in.getInt();
        if (length < 0 || length != entry.length - HEADER - 4) {
            throw new IllegalStateException("payload length " + length + " does not match the entry size");
        }
        if (ByteBuffer.wrap(entry, HEADER + length, 4).getInt() != crc(entry, HEADER + length)) {
            throw new IllegalStateException("checksum mismatch");
        }
        return new DataInputStream(new ByteArrayInputStream(entry, HEADER, length));
    }

    private static int crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
