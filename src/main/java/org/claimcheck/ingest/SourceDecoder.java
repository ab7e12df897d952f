package org.claimcheck.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.StrictUtf8;
import org.claimcheck.text.Position;

/**
 * Reads an input's bytes and decodes them as strict UTF-8. Guarantees either a non-blank {@link SourceText} or
 * one problem saying why the input cannot be used (too large, empty, binary, not UTF-8), never both.
 */
final class SourceDecoder {

    /** The outcome of decoding: exactly one of {@code source} and {@code problem} is set. */
    record Decoded(SourceText source, Problem problem) {
        static Decoded failed(Problem problem) {
            return new Decoded(null, problem);
        }
    }

    private static final char BOM = '\uFEFF';

    private SourceDecoder() {
    }

    static Decoded decode(InputFile input, long maxBytes) {
        String path = input.path();
        byte[] bytes;
        try {
            bytes = readBytes(input, maxBytes);
        } catch (TooLarge e) {
            return Decoded.failed(Problem.error("input-too-large", path, null, "input is " + e.size
                    + " bytes, larger than the limit of " + maxBytes + " bytes: expected a smaller file or a"
                    + " higher size limit"));
        } catch (NotRegular e) {
            return Decoded.failed(Problem.error(DirectoryWalker.NOT_A_FILE, path, null,
                    DirectoryWalker.NOT_A_FILE_MESSAGE));
        } catch (NoSuchFileException e) {
            return Decoded.failed(Problem.error("no-such-file", path, null, "no such file or directory"));
        } catch (AccessDeniedException e) {
            return Decoded.failed(Problem.error("unreadable-input", path, null,
                    "permission denied: expected a readable file"));
        } catch (IOException e) {
            return Decoded.failed(Problem.error("unreadable-input", path, null, "cannot read input: " + e));
        }
        if (bytes.length == 0) {
            return Decoded.failed(Problem.error("empty-input", path, null, "input is empty: expected article text"));
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return Decoded.failed(Problem.error("not-utf8", path, new Position(1, 1),
                    "input is UTF-16 encoded: expected UTF-8 text"));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Decoded.failed(Problem.error("binary-input", path, positionBefore(bytes, i),
                        "input looks binary (it holds a NUL byte): expected UTF-8 text"));
            }
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (!decoded.ok()) {
            int at = decoded.badOffset();
            String bad = hex(bytes, at, Math.min(bytes.length, at + decoded.badLength()));
            return Decoded.failed(Problem.error("invalid-utf8", path, decoded.badPosition(),
                    "invalid UTF-8 byte sequence " + bad + ": expected UTF-8 text"));
        }
        String text = decoded.text();
        if (text.isBlank()) {
            return Decoded.failed(Problem.error("empty-input", path, null,
                    "input holds only whitespace: expected article text"));
        }
        return new Decoded(SourceText.of(path, text), null);
    }

    private static byte[] readBytes(InputFile input, long maxBytes) throws IOException {
        if (input.content() != null) {
            if (input.content().length > maxBytes) {
                throw new TooLarge(input.content().length);
            }
            return input.content();
        }
        if (!Files.isRegularFile(input.file()) && Files.exists(input.file())) {
            throw new NotRegular();
        }
        long size = Files.size(input.file());
        if (size > maxBytes) {
            throw new TooLarge(size);
        }
        return Files.readAllBytes(input.file());
    }

    private static Position positionBefore(byte[] bytes, int index) {
        try {
            return endOf(withoutBom(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, 0, index)).toString()));
        } catch (CharacterCodingException e) {
            return new Position(1, 1);
        }
    }

    private static Position endOf(String prefix) {
        return LineMap.of(prefix).position(prefix.length());
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private static String hex(byte[] bytes, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.max(to, from + 1) && i < bytes.length; i++) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return sb.toString();
    }

    /** Signals an input that is no regular file (a named pipe would block the read), before it is opened. */
    private static final class NotRegular extends IOException {
        private static final long serialVersionUID = 1L;

        NotRegular() {
            super("not a regular file");
        }
    }

    /** Signals an input over the size limit before its bytes are read. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long size;

        TooLarge(long size) {
            super("too large");
            this.size = size;
        }
    }
}
