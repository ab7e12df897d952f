package org.claimcheck.run;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.problem.Problem;
import org.claimcheck.problem.Severity;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.result.StoredArticles;

/**
 * Collects the article results of a run from the worker threads. Results stay in memory until their estimated
 * size passes a budget; from then on every result goes to a temporary file and the run's article list reads
 * them back one at a time, so memory no longer grows with the corpus. The file is unlinked as soon as it is
 * open where the file system allows (on Linux nothing is left behind even if the process is killed), and
 * deleted on close or exit elsewhere.
 */
final class ResultStore {

    /** Rough heap cost of a finding besides its sentence: records, strings of the value and evidence. */
    private static final long FINDING_OVERHEAD = 600;

    private final long budgetBytes;
    private final List<ArticleResult> held = new ArrayList<>();
    private long heldBytes;
    private Spill spill;

    /** @param budgetBytes estimated heap the results may take before they go to disk */
    ResultStore(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    synchronized void add(ArticleResult result) {
        if (spill == null) {
            held.add(result);
            heldBytes += estimate(result);
            if (heldBytes > budgetBytes) {
                spill = Spill.open();
                held.forEach(spill::append);
                held.clear();
            }
        } else {
            spill.append(result);
        }
    }

    /** Whether results went to disk. */
    synchronized boolean spilled() {
        return spill != null;
    }

    /** Every result added, sorted by article id: a list in memory, or {@link StoredArticles} on disk. */
    synchronized List<ArticleResult> sortedById() {
        if (spill == null) {
            List<ArticleResult> sorted = new ArrayList<>(held);
            sorted.sort(Comparator.comparing(ArticleResult::id));
            return sorted;
        }
        return spill.sortedById();
    }

    private static long estimate(ArticleResult r) {
        long bytes = 2L * r.text().length() + 200;
        for (var f : r.findings()) {
            bytes += 2L * (f.claim().sentence().length() + f.explanation().length()) + FINDING_OVERHEAD;
        }
        return bytes;
    }

    /** Where one result's bytes lie in the spill file. */
    private record Slot(String id, long offset, int length) {
    }

    /** The spill file: results appended one after another, read back by position from any thread. */
    private static final class Spill {

        private final FileChannel channel;
        private final List<Slot> slots = new ArrayList<>();
        private long end;

        private Spill(FileChannel channel) {
            this.channel = channel;
        }

        static Spill open() {
            try {
                Path file = Files.createTempFile("claimcheck-results-", ".bin");
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
                try {
                    Files.deleteIfExists(file); // POSIX: the open channel keeps the data, the name is gone
                } catch (IOException e) {
                    // Windows refuses to delete an open file: DELETE_ON_CLOSE removes it instead
                }
                return new Spill(channel);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary file for the run's results", e);
            }
        }

        void append(ArticleResult result) {
            byte[] bytes = encode(result);
            try {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                long at = end;
                while (buffer.hasRemaining()) {
                    at += channel.write(buffer, at);
                }
                slots.add(new Slot(result.id(), end, bytes.length));
                end = at;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the run's results to a temporary file", e);
            }
        }

        StoredArticles sortedById() {
            List<Slot> sorted = new ArrayList<>(slots);
            sorted.sort(Comparator.comparing(Slot::id));
            return new SpilledArticles(channel, List.copyOf(sorted));
        }
    }

    /** The spilled results in id order; each access reads and decodes one result. */
    private static final class SpilledArticles extends StoredArticles {

        private final FileChannel channel;
        private final List<Slot> slots;

        SpilledArticles(FileChannel channel, List<Slot> slots) {
            this.channel = channel;
            this.slots = slots;
        }

        @Override
        public ArticleResult get(int index) {
            Slot slot = slots.get(index);
            ByteBuffer buffer = ByteBuffer.allocate(slot.length());
            try {
                long at = slot.offset();
                while (buffer.hasRemaining()) {
                    int n = channel.read(buffer, at);
                    if (n < 0) {
                        throw new IOException("the results file ends early");
                    }
                    at += n;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the run's results back from a temporary file", e);
            }
            return decode(buffer.array());
        }

        @Override
        public int size() {
            return slots.size();
        }
    }

    static byte[] encode(ArticleResult r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2 * r.text().length() + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            FindingsFormat.writeString(out, r.id());
            FindingsFormat.writeString(out, r.path());
            FindingsFormat.writeString(out, r.meta().title());
            out.writeBoolean(r.meta().published() != null);
            if (r.meta().published() != null) {
                out.writeLong(r.meta().published().toEpochDay());
            }
            FindingsFormat.writeString(out, r.meta().url());
            out.writeBoolean(r.meta().testArticle());
            out.writeUTF(r.status().name());
            FindingsFormat.writeString(out, r.text());
            FindingsFormat.writeFindings(out, r.findings());
            out.writeInt(r.problems().size());
            for (Problem p : r.problems()) {
                out.writeUTF(p.severity().name());
                FindingsFormat.writeString(out, p.code());
                FindingsFormat.writeString(out, p.path());
                out.writeBoolean(p.position() != null);
                if (p.position() != null) {
                    FindingsFormat.writePosition(out, p.position());
                }
                FindingsFormat.writeString(out, p.message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static ArticleResult decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            String id = FindingsFormat.readString(in);
            String path = FindingsFormat.readString(in);
            String title = FindingsFormat.readString(in);
            LocalDate published = in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
            String url = FindingsFormat.readString(in);
            ArticleMeta meta = new ArticleMeta(title, published, url, in.readBoolean());
            ArticleStatus status = ArticleStatus.valueOf(in.readUTF());
            String text = FindingsFormat.readString(in);
            var findings = FindingsFormat.readFindings(in, id, text.length(), (offset, written) -> written);
            int problemCount = FindingsFormat.count(in);
            List<Problem> problems = new ArrayList<>(problemCount);
            for (int i = 0; i < problemCount; i++) {
                Severity severity = Severity.valueOf(in.readUTF());
                String code = FindingsFormat.readString(in);
                String problemPath = FindingsFormat.readString(in);
                var position = in.readBoolean() ? FindingsFormat.readPosition(in) : null;
                problems.add(new Problem(severity, code, problemPath, position, FindingsFormat.readString(in)));
            }
            return new ArticleResult(id, path, meta, status, text, findings, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("the run's results file is damaged", e);
        }
    }
}
