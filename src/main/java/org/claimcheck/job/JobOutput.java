package org.claimcheck.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.result.StoredArticles;

/**
 * The output folder of the claimcheck Spark job, read back as the {@link RunResult} a local check of the same
 * inputs gives: {@value #FINDINGS}/ holds one {@link FindingsLine} per article in its {@code part-*} files, and
 * {@value #SUMMARY}, written last, names the tool version. Every line is read and checked before the result is
 * handed out; the articles are then read again one at a time as reports ask for them, so a run over an archive
 * of any size holds one article at a time.
 */
public final class JobOutput {

    public static final String FINDINGS = "findings";
    public static final String CLAIMS = "claims.parquet";
    public static final String SUMMARY = "summary.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JobOutput() {
    }

    /** A folder that is not a finished job's output, or a line that holds no article; the message says where. */
    public static final class InvalidOutputException extends Exception {

        private static final long serialVersionUID = 1L;

        InvalidOutputException(String message) {
            super(message);
        }
    }

    /** Where one article's line lies. */
    private record Slot(String id, Path file, long offset, int length, long line) {
    }

    public static RunResult read(Path dir) throws InvalidOutputException, IOException {
        if (!Files.isDirectory(dir)) {
            throw new InvalidOutputException(dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder")
                    + ": expected the --output folder of a claimcheck Spark job");
        }
        Path summary = dir.resolve(SUMMARY);
        Path findings = dir.resolve(FINDINGS);
        if (!Files.isRegularFile(summary) || !Files.isDirectory(findings)) {
            throw new InvalidOutputException(dir + ": no " + (Files.isDirectory(findings) ? SUMMARY : FINDINGS + "/")
                    + ": expected the --output folder of a finished claimcheck Spark job (it writes "
                    + FINDINGS + "/ first and " + SUMMARY + " last)");
        }
        String version = toolVersion(summary);
        List<Slot> slots = new ArrayList<>();
        for (Path part : parts(findings)) {
            scan(part, slots);
        }
        slots.sort(Comparator.comparing(Slot::id));
        for (int i = 1; i < slots.size(); i++) {
            Slot a = slots.get(i - 1);
            Slot b = slots.get(i);
            if (a.id().equals(b.id())) {
                throw new InvalidOutputException(b.file() + ":" + b.line() + ": error: article " + b.id()
                        + " appears twice (first at " + a.file() + ":" + a.line() + ")");
            }
        }
        return new RunResult(version, new LineArticles(List.copyOf(slots)), List.of());
    }

    private static String toolVersion(Path summary) throws InvalidOutputException, IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(summary.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidOutputException(summary + ":" + e.getLocation().getLineNr() + ": error: not JSON: "
                    + e.getOriginalMessage());
        }
        JsonNode version = root == null ? null : root.path("tool").get("version");
        if (version == null || !version.isTextual()) {
            throw new InvalidOutputException(summary + ": error: no tool.version: expected the summary of a"
                    + " claimcheck Spark job");
        }
        return version.asText();
    }

    private static List<Path> parts(Path findings) throws IOException {
        try (Stream<Path> files = Files.list(findings)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Reads every line of one part file, checks it, and notes where it lies. */
    private static void scan(Path part, List<Slot> slots) throws IOException, InvalidOutputException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(part), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
            long offset = 0;
            long start = 0;
            long number = 0;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || (b < 0 && line.size() > 0)) {
                    number++;
                    byte[] bytes = line.toByteArray();
                    slots.add(new Slot(check(part, number, bytes), part, start, bytes.length, number));
                    line.reset();
                    start = offset + 1;
                } else if (b >= 0) {
                    line.write(b);
                }
                if (b < 0) {
                    return;
                }
                offset++;
            }
        }
    }

    private static String check(Path part, long number, byte[] bytes) throws InvalidOutputException {
        try {
            return FindingsLine.read(new String(bytes, StandardCharsets.UTF_8)).id();
        } catch (FindingsLine.MalformedLineException e) {
            throw new InvalidOutputException(part + ":" + number + ": error: " + e.getMessage());
        }
    }

    /** The articles in id order, each read from its line when asked for. */
    private static final class LineArticles extends StoredArticles {

        private final List<Slot> slots;

        LineArticles(List<Slot> slots) {
            this.slots = slots;
        }

        @Override
        public ArticleResult get(int index) {
            Slot slot = slots.get(index);
            ByteBuffer buffer = ByteBuffer.allocate(slot.length());
            try (FileChannel channel = FileChannel.open(slot.file())) {
                long at = slot.offset();
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, at + buffer.position()) < 0) {
                        throw new IOException(slot.file() + ": ends before line " + slot.line());
                    }
                }
                return FindingsLine.read(new String(buffer.array(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(slot.file() + ":" + slot.line() + ": cannot read it again", e);
            } catch (FindingsLine.MalformedLineException e) {
                throw new IllegalStateException(slot.file() + ":" + slot.line() + ": changed while the reports were"
                        + " written: " + e.getMessage(), e);
            }
        }

        @Override
        public int size() {
            return slots.size();
        }
    }
}
