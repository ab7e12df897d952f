package org.claimcheck.run;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.ingest.Article;
import org.claimcheck.text.Span;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Unit;
import org.claimcheck.value.Unresolved;
import org.claimcheck.value.Value;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;

/**
 * The binary form of an article's findings in the findings cache. Layout: magic {@code CCFN}, format version,
 * the 32-byte cache key, payload length, payload, and a CRC-32 of everything before it. Enumerations are stored
 * by name, so a renamed constant reads as a damaged entry rather than as another constant. Claim positions are
 * not stored: they are located again in the article being checked, whose text the key covers but whose source
 * layout (line breaks, markup) it does not. Decoding rebuilds every record through its constructor, so the
 * records' own checks apply, and throws {@link DamagedEntryException} for anything it cannot vouch for.
 */
final class FindingsCodec {

    /** Bump when the layout or the meaning of a field changes: older entries then read as damaged. */
    static final int FORMAT = 1;

    private static final byte[] MAGIC = {'C', 'C', 'F', 'N'};
    private static final int KEY_BYTES = 32;
    private static final int HEADER = MAGIC.length + 2 + KEY_BYTES + 4;
    private static final int MAX_COUNT = 1_000_000;

    private static final int DATE = 1;
    private static final int AMOUNT = 2;
    private static final int UNRESOLVED = 3;

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
            out.writeInt(findings.size());
            for (Finding f : findings) {
                writeClaim(out, f.claim());
                out.writeUTF(f.verdict().name());
                out.writeInt(f.evidence().size());
                for (Evidence e : f.evidence()) {
                    writeEvidence(out, e);
                }
                writeString(out, f.explanation());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        byte[] payload = bytes.toByteArray();
        ByteBuffer entry = ByteBuffer.allocate(HEADER + payload.length + 4);
        entry.put(MAGIC).putShort((short) FORMAT).put(key).putInt(payload.length).put(payload);
        entry.putInt(crc(entry.array(), HEADER + payload.length));
        return entry.array();
    }

    static List<Finding> decode(byte[] key, byte[] entry, Article article) throws DamagedEntryException {
        try {
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
            DataInputStream data = new DataInputStream(new ByteArrayInputStream(entry, HEADER, length));
            int count = count(data);
            List<Finding> findings = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Claim claim = readClaim(data, article);
                Verdict verdict = Verdict.valueOf(data.readUTF());
                int evidenceCount = count(data);
                List<Evidence> evidence = new ArrayList<>(evidenceCount);
                for (int j = 0; j < evidenceCount; j++) {
                    evidence.add(readEvidence(data));
                }
                findings.add(new Finding(claim, verdict, evidence, readString(data)));
            }
            if (data.available() != 0) {
                throw new IllegalStateException("bytes left after the last finding");
            }
            return findings;
        } catch (IOException | RuntimeException e) {
            throw new DamagedEntryException("damaged findings entry: " + e.getMessage(), e);
        }
    }

    private static void writeClaim(DataOutputStream out, Claim c) throws IOException {
        writeString(out, c.articleId());
        out.writeUTF(c.kind().name());
        writeString(out, c.text());
        writeSpan(out, c.span());
        out.writeInt(c.sentenceIndex());
        writeSpan(out, c.sentenceSpan());
        writeString(out, c.sentence());
        writeValue(out, c.value());
        out.writeUTF(c.qualifier().name());
        out.writeBoolean(c.record());
        writeString(out, c.subject());
        writeString(out, c.predicate());
        out.writeBoolean(c.period() != null);
        if (c.period() != null) {
            writeDate(out, c.period());
        }
        writeString(out, c.resolution());
        writeString(out, c.fingerprint());
    }

    private static Claim readClaim(DataInputStream in, Article article) throws IOException {
        String articleId = readString(in);
        if (!article.id().equals(articleId)) {
            throw new IllegalStateException("the entry is of article " + articleId + ", not " + article.id());
        }
        ClaimKind kind = ClaimKind.valueOf(in.readUTF());
        String text = readString(in);
        Span span = readSpan(in);
        if (span.end() > article.text().length()) {
            throw new IllegalStateException("claim span " + span + " lies outside the article");
        }
        int sentenceIndex = in.readInt();
        Span sentenceSpan = readSpan(in);
        String sentence = readString(in);
        Value value = readValue(in);
        Qualifier qualifier = Qualifier.valueOf(in.readUTF());
        boolean record = in.readBoolean();
        String subject = readString(in);
        String predicate = readString(in);
        DateValue period = in.readBoolean() ? readDate(in) : null;
        String resolution = readString(in);
        String fingerprint = readString(in);
        return new Claim(articleId, kind, text, span, article.locate(span.start()), sentenceIndex, sentenceSpan,
                sentence, value, qualifier, record, subject, predicate, period, resolution, fingerprint);
    }

    private static void writeValue(DataOutputStream out, Value value) throws IOException {
        if (value instanceof DateValue d) {
            out.writeByte(DATE);
            writeDate(out, d);
        } else if (value instanceof Amount a) {
            out.writeByte(AMOUNT);
            out.writeUTF(a.number().toString());
            out.writeUTF(a.unit().code());
            out.writeUTF(a.unit().dimension());
            out.writeUTF(a.unit().factor().toString());
        } else if (value instanceof Unresolved u) {
            out.writeByte(UNRESOLVED);
            writeString(out, u.expression());
            writeString(out, u.reason());
        } else {
            throw new IllegalArgumentException("unknown kind of value " + value.getClass());
        }
    }

    private static Value readValue(DataInputStream in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case DATE -> readDate(in);
            case AMOUNT -> new Amount(new BigDecimal(in.readUTF()),
                    new Unit(in.readUTF(), in.readUTF(), new BigDecimal(in.readUTF())));
            case UNRESOLVED -> new Unresolved(readString(in), readString(in));
            default -> throw new IllegalStateException("unknown value tag " + tag);
        };
    }

    private static void writeDate(DataOutputStream out, DateValue d) throws IOException {
        out.writeLong(d.first().toEpochDay());
        out.writeLong(d.last().toEpochDay());
        out.writeUTF(d.granularity().name());
    }

    private static DateValue readDate(DataInputStream in) throws IOException {
        return new DateValue(LocalDate.ofEpochDay(in.readLong()), LocalDate.ofEpochDay(in.readLong()),
                Granularity.valueOf(in.readUTF()));
    }

    private static void writeEvidence(DataOutputStream out, Evidence e) throws IOException {
        writeString(out, e.table());
        out.writeInt(e.line());
        writeString(out, e.subject());
        writeString(out, e.attribute());
        writeString(out, e.value());
        writeString(out, e.period());
        writeString(out, e.source());
        writeString(out, e.vintage());
        writeString(out, e.note());
    }

    private static Evidence readEvidence(DataInputStream in) throws IOException {
        return new Evidence(readString(in), in.readInt(), readString(in), readString(in), readString(in),
                readString(in), readString(in), readString(in), readString(in));
    }

    private static void writeSpan(DataOutputStream out, Span span) throws IOException {
        out.writeInt(span.start());
        out.writeInt(span.end());
    }

    private static Span readSpan(DataInputStream in) throws IOException {
        return new Span(in.readInt(), in.readInt());
    }

    /** A string of any length, or null (length −1). */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.available()) {
            throw new IllegalStateException("string length " + length + " runs past the end of the entry");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IllegalStateException("implausible count " + n);
        }
        return n;
    }

    private static int crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
