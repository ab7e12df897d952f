package org.claimcheck.run;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.extract.Phrase;
import org.claimcheck.files.VarIntReader;
import org.claimcheck.files.VarIntWriter;
import org.claimcheck.text.Position;
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
import org.claimcheck.verify.LinkBasis;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;

/**
 * Findings as bytes, field by field, for the findings cache and for results kept on disk during a large run.
 * Enumerations are written by name, so a renamed constant reads as damage rather than as another constant;
 * reading rebuilds every record through its constructor, so the records' own checks apply, and throws an
 * unchecked exception for anything malformed.
 */
final class FindingsFormat {

    /** Where a claim stands in its source file, given its text offset and the position written with it. */
    @FunctionalInterface
    interface Locator {
        Position locate(int textOffset, Position written);
    }

    private static final int MAX_COUNT = 1_000_000;
    /** A sentence's words take a few bytes each, and no sentence has more words than characters. */
    private static final int MAX_WORDS_BYTES = 64 * 1024 * 1024;
    private static final int DATE = 1;
    private static final int AMOUNT = 2;
    private static final int UNRESOLVED = 3;

    private FindingsFormat() {
    }

    static void writeFindings(DataOutputStream out, List<Finding> findings) throws IOException {
        out.writeInt(findings.size());
        for (Finding f : findings) {
            writeClaim(out, f.claim());
            out.writeUTF(f.verdict().name());
            out.writeUTF(f.reason().name());
            out.writeInt(f.evidence().size());
            for (Evidence e : f.evidence()) {
                writeEvidence(out, e);
            }
            writeString(out, f.explanation());
            out.writeUTF(f.link().strength().name());
            writeString(out, f.link().reason());
        }
    }

    /**
     * Reads what {@link #writeFindings} wrote; every claim must be of {@code articleId} and lie inside a text of
     * {@code textLength} characters.
     */
    static List<Finding> readFindings(DataInputStream in, String articleId, int textLength, Locator locator)
            throws IOException {
        int count = count(in);
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Claim claim = readClaim(in, articleId, textLength, locator);
            Verdict verdict = Verdict.valueOf(in.readUTF());
            Reason reason = Reason.valueOf(in.readUTF());
            int evidenceCount = count(in);
            List<Evidence> evidence = new ArrayList<>(evidenceCount);
            for (int j = 0; j < evidenceCount; j++) {
                evidence.add(readEvidence(in));
            }
            String explanation = readString(in);
            LinkBasis link = new LinkBasis(LinkStrength.valueOf(in.readUTF()), readString(in));
            findings.add(new Finding(claim, verdict, reason, evidence, explanation, link));
        }
        return findings;
    }

    private static void writeClaim(DataOutputStream out, Claim c) throws IOException {
        writeString(out, c.articleId());
        out.writeUTF(c.kind().name());
        writeString(out, c.text());
        writeSpan(out, c.span());
        writePosition(out, c.position());
        out.writeInt(c.sentenceIndex());
        writeSpan(out, c.sentenceSpan());
        writeString(out, c.sentence());
        writeValue(out, c.value());
        out.writeUTF(c.qualifier().name());
        out.writeBoolean(c.record());
        writePhrase(out, c.subjectPhrase());
        writePhrase(out, c.predicatePhrase());
        out.writeBoolean(c.period() != null);
        if (c.period() != null) {
            writeDate(out, c.period());
        }
        writeString(out, c.resolution());
        writeString(out, c.fingerprint());
        writeWords(out, c.words());
    }

    /**
     * Each word as the gap from the previous word's end, its length, tag and lemma, a few bytes a word, in a block
     * of its own whose length comes first.
     */
    private static void writeWords(DataOutputStream out, List<ClaimWord> words) throws IOException {
        VarIntWriter block = new VarIntWriter();
        block.write(words.size());
        int previousEnd = 0;
        for (ClaimWord w : words) {
            block.write(w.start() - previousEnd);
            block.write(w.end() - w.start());
            block.writeString(w.tag());
            block.writeString(w.lemma());
            previousEnd = w.end();
        }
        byte[] bytes = block.toByteArray();
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static List<ClaimWord> readWords(DataInputStream in, int sentenceLength) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_WORDS_BYTES) {
            throw new IllegalStateException("implausible length of the words " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IllegalStateException("the words run past the end of the entry");
        }
        VarIntReader block = new VarIntReader(bytes, 0, length);
        int count = block.readCount();
        if (count > sentenceLength + 1) {
            throw new IllegalStateException("more words (" + count + ") than the sentence has characters");
        }
        List<ClaimWord> words = new ArrayList<>(count);
        int previousEnd = 0;
        for (int i = 0; i < count; i++) {
            int start = previousEnd + block.read();
            int end = start + block.read();
            String tag = block.readString();
            words.add(new ClaimWord(start, end, block.readString(), tag));
            previousEnd = end;
        }
        if (!block.atEnd()) {
            throw new IllegalStateException("bytes left after the words");
        }
        return List.copyOf(words);
    }

    private static Claim readClaim(DataInputStream in, String expectedId, int textLength, Locator locator)
            throws IOException {
        String articleId = readString(in);
        if (!expectedId.equals(articleId)) {
            throw new IllegalStateException("the entry is of article " + articleId + ", not " + expectedId);
        }
        ClaimKind kind = ClaimKind.valueOf(in.readUTF());
        String text = readString(in);
        Span span = readSpan(in);
        Position position = readPosition(in);
        if (span.end() > textLength) {
            throw new IllegalStateException("claim span " + span + " lies outside the article");
        }
        int sentenceIndex = in.readInt();
        Span sentenceSpan = readSpan(in);
        String sentence = readString(in);
        Value value = readValue(in);
        Qualifier qualifier = Qualifier.valueOf(in.readUTF());
        boolean record = in.readBoolean();
        Phrase subject = readPhrase(in);
        Phrase predicate = readPhrase(in);
        DateValue period = in.readBoolean() ? readDate(in) : null;
        String resolution = readString(in);
        String fingerprint = readString(in);
        List<ClaimWord> words = readWords(in, sentence.length());
        return new Claim(articleId, kind, text, span, locator.locate(span.start(), position), sentenceIndex,
                sentenceSpan, sentence, value, qualifier, record, subject, predicate, period, resolution, fingerprint,
                words);
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

    static void writeDate(DataOutputStream out, DateValue d) throws IOException {
        out.writeLong(d.first().toEpochDay());
        out.writeLong(d.last().toEpochDay());
        out.writeUTF(d.granularity().name());
    }

    static DateValue readDate(DataInputStream in) throws IOException {
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

    /** A phrase as a presence byte: 0 none, 1 words only, 2 words and span. */
    private static void writePhrase(DataOutputStream out, Phrase phrase) throws IOException {
        out.writeByte(phrase == null ? 0 : phrase.span() == null ? 1 : 2);
        if (phrase != null) {
            writeString(out, phrase.text());
            if (phrase.span() != null) {
                writeSpan(out, phrase.span());
            }
        }
    }

    private static Phrase readPhrase(DataInputStream in) throws IOException {
        int presence = in.readByte();
        if (presence == 0) {
            return null;
        }
        if (presence != 1 && presence != 2) {
            throw new IllegalStateException("bad phrase marker " + presence);
        }
        String text = readString(in);
        if (text == null) {
            throw new IllegalStateException("a phrase without words");
        }
        return new Phrase(text, presence == 2 ? readSpan(in) : null);
    }

    private static void writeSpan(DataOutputStream out, Span span) throws IOException {
        out.writeInt(span.start());
        out.writeInt(span.end());
    }

    private static Span readSpan(DataInputStream in) throws IOException {
        return new Span(in.readInt(), in.readInt());
    }

    static void writePosition(DataOutputStream out, Position position) throws IOException {
        out.writeInt(position.line());
        out.writeInt(position.column());
    }

    static Position readPosition(DataInputStream in) throws IOException {
        return new Position(in.readInt(), in.readInt());
    }

    /** A string of any length, or null (length −1). */
    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.available()) {
            throw new IllegalStateException("string length " + length + " runs past the end of the entry");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IllegalStateException("implausible count " + n);
        }
        return n;
    }
}
