package org.claimcheck.nlp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.claimcheck.files.VarIntReader;
import org.claimcheck.files.VarIntWriter;
import org.claimcheck.text.Span;

/**
 * The binary form of an article's sentences in the annotation cache. Layout: magic {@code CCAN}, format
 * version, the 32-byte cache key, payload length, payload, and a CRC-32 of everything before it. The payload
 * holds a string table (tags, lemmas, normalized values), then sentences, tokens and mentions as
 * variable-length integers; texts are not stored but cut from the article text by their spans, so an entry
 * is a fraction of the text's size. Decoding checks the header, the key, the checksum and every span, and
 * throws {@link CorruptEntryException} instead of returning anything it cannot vouch for.
 */
final class AnnotationCodec {

    /** Bump when the layout changes: older entries then read as stale and are rebuilt. */
    static final int FORMAT = 1;

    private static final byte[] MAGIC = {'C', 'C', 'A', 'N'};
    private static final int KEY_BYTES = 32;
    private static final int HEADER = MAGIC.length + 2 + KEY_BYTES + 4;
    /** String references: 0 is null, 1 is "the text under the span", k ≥ 2 is the string table's entry k − 2. */
    private static final int NULL = 0;
    private static final int SAME_AS_TEXT = 1;

    private AnnotationCodec() {
    }

    static byte[] encode(byte[] key, List<Sentence> sentences, String text) {
        Map<String, Integer> table = new HashMap<>();
        List<String> strings = new ArrayList<>();
        VarIntWriter body = new VarIntWriter();
        body.write(sentences.size());
        int previousEnd = 0;
        for (Sentence s : sentences) {
            body.write(s.span().start() - previousEnd);
            body.write(s.span().length());
            previousEnd = s.span().end();
            body.write(s.tokens().size());
            int tokenEnd = s.span().start();
            for (Token t : s.tokens()) {
                body.write(t.span().start() - tokenEnd);
                body.write(t.span().length());
                tokenEnd = t.span().end();
                String surface = t.span().of(text);
                body.write(ref(t.word(), surface, table, strings));
                body.write(ref(t.pos(), surface, table, strings));
                body.write(ref(t.lemma(), surface, table, strings));
                body.write(ref(t.ner(), surface, table, strings));
            }
            body.write(s.mentions().size());
            for (Mention m : s.mentions()) {
                body.write(m.type().ordinal());
                body.write(m.span().start() - s.span().start());
                body.write(m.span().length());
                String surface = m.span().of(text);
                body.write(ref(m.text(), surface, table, strings));
                body.write(ref(m.normalized(), surface, table, strings));
                body.write(ref(m.timexType(), surface, table, strings));
            }
        }
        VarIntWriter payload = new VarIntWriter();
        payload.write(strings.size());
        for (String str : strings) {
            payload.writeString(str);
        }
        payload.writeBytes(body.toByteArray());
        byte[] p = payload.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(HEADER + p.length + 4);
        out.put(MAGIC).putShort((short) FORMAT).put(key).putInt(p.length).put(p);
        out.putInt(crc(out.array(), HEADER + p.length));
        return out.array();
    }

    static List<Sentence> decode(byte[] key, byte[] entry, String text) throws CorruptEntryException {
        if (entry.length < HEADER + 4 || !Arrays.equals(entry, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new CorruptEntryException("not an annotation cache entry");
        }
        ByteBuffer in = ByteBuffer.wrap(entry);
        in.position(MAGIC.length);
        int format = in.getShort();
        if (format != FORMAT) {
            throw new CorruptEntryException("format " + format + ", expected " + FORMAT);
        }
        byte[] storedKey = new byte[KEY_BYTES];
        in.get(storedKey);
        if (!Arrays.equals(storedKey, key)) {
            throw new CorruptEntryException("entry belongs to another article");
        }
        int length = in.getInt();
        if (length < 0 || length != entry.length - HEADER - 4) {
            throw new CorruptEntryException("truncated entry");
        }
        if (crc(entry, HEADER + length) != ByteBuffer.wrap(entry, HEADER + length, 4).getInt()) {
            throw new CorruptEntryException("checksum mismatch");
        }
        try {
            return readPayload(new VarIntReader(entry, HEADER, HEADER + length), text);
        } catch (RuntimeException e) {
            // A well-formed checksum over a malformed payload: written by a buggy or foreign writer.
            throw new CorruptEntryException("malformed payload: " + e.getMessage());
        }
    }

    private static List<Sentence> readPayload(VarIntReader in, String text) throws CorruptEntryException {
        String[] strings = new String[in.readCount()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.readString();
        }
        int count = in.readCount();
        List<Sentence> sentences = new ArrayList<>(count);
        int previousEnd = 0;
        for (int i = 0; i < count; i++) {
            Span span = span(previousEnd + in.read(), in.read(), text);
            previousEnd = span.end();
            List<Token> tokens = new ArrayList<>();
            int tokenEnd = span.start();
            for (int n = in.readCount(); n > 0; n--) {
                Span t = within(span(tokenEnd + in.read(), in.read(), text), span);
                tokenEnd = t.end();
                String surface = t.of(text);
                tokens.add(new Token(string(in.read(), surface, strings), t, string(in.read(), surface, strings),
                        string(in.read(), surface, strings), string(in.read(), surface, strings)));
            }
            List<Mention> mentions = new ArrayList<>();
            for (int n = in.readCount(); n > 0; n--) {
                MentionType type = MentionType.values()[in.read()];
                Span m = within(span(span.start() + in.read(), in.read(), text), span);
                String surface = m.of(text);
                mentions.add(new Mention(type, m, string(in.read(), surface, strings),
                        string(in.read(), surface, strings), string(in.read(), surface, strings)));
            }
            sentences.add(new Sentence(i, span, span.of(text), tokens, mentions));
        }
        if (!in.atEnd()) {
            throw new CorruptEntryException("trailing bytes after the last sentence");
        }
        return sentences;
    }

    private static Span span(int start, int length, String text) throws CorruptEntryException {
        if (start < 0 || length < 0 || start + length > text.length()) {
            throw new CorruptEntryException("span outside the article text");
        }
        return new Span(start, start + length);
    }

    private static Span within(Span inner, Span outer) throws CorruptEntryException {
        if (!outer.contains(inner)) {
            throw new CorruptEntryException("span outside its sentence");
        }
        return inner;
    }

    private static int ref(String value, String surface, Map<String, Integer> table, List<String> strings) {
        if (value == null) {
            return NULL;
        }
        if (value.equals(surface)) {
            return SAME_AS_TEXT;
        }
        return 2 + table.computeIfAbsent(value, v -> {
            strings.add(v);
            return strings.size() - 1;
        });
    }

    private static String string(int ref, String surface, String[] strings) {
        return switch (ref) {
            case NULL -> null;
            case SAME_AS_TEXT -> surface;
            default -> strings[ref - 2];
        };
    }

    private static int crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

}
