package org.claimcheck.series;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.StrictUtf8;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.Position;
import org.claimcheck.text.Sha256;

/**
 * The text of one file of a series folder, decoded as strict UTF-8 (a byte-order mark dropped), with the hash of
 * its bytes. Its line map is made only when a message needs a position: most files never have an error.
 */
final class SeriesText {

    private final String path;
    private final String text;
    private final byte[] sha256;
    private LineMap lines;

    private SeriesText(String path, String text, byte[] sha256) {
        this.path = path;
        this.text = text;
        this.sha256 = sha256;
    }

    /** The file's text, or empty with the problem that stopped it added to {@code problems}. */
    static Optional<SeriesText> read(Path file, String path, List<Problem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(Problem.error(SeriesProblems.MISSING_FILE, path, SeriesProblems.missingFile()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.error(SeriesProblems.UNREADABLE_FILE, path,
                    SeriesProblems.unreadableFile(String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
        String text;
        // Data files are nearly always plain ASCII, which needs no decoding beyond a check of each byte.
        if (isAscii(bytes)) {
            text = new String(bytes, StandardCharsets.US_ASCII);
        } else {
            StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
            if (!decoded.ok()) {
                problems.add(Problem.error(SeriesProblems.INVALID_UTF8, path, SeriesProblems.invalidUtf8()));
                return Optional.empty();
            }
            text = decoded.text();
        }
        return Optional.of(new SeriesText(path, text, Sha256.of(bytes)));
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    String path() {
        return path;
    }

    String text() {
        return text;
    }

    byte[] sha256() {
        return sha256;
    }

    /** Synchronized because files are read side by side, though one file's text is read by one thread. */
    synchronized Position position(int offset) {
        if (lines == null) {
            lines = LineMap.of(text);
        }
        return lines.position(Math.min(offset, text.length()));
    }

    Problem error(String code, int offset, String message) {
        return Problem.error(code, path, position(offset), message);
    }
}
