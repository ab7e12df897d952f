package org.claimcheck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputSpec;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsCodecTest {

    private static final byte[] KEY = new byte[32];

    @TempDir
    Path dir;

    private Article article;
    private List<Finding> findings;

    @BeforeEach
    void setUp() throws IOException {
        SampleFindings sample = SampleFindings.write(dir);
        article = sample.article();
        findings = sample.findings();
    }

    @Test
    void readsBackEveryFieldOfEveryFinding() throws Exception {
        byte[] entry = FindingsCodec.encode(KEY, findings);
        assertThat(FindingsCodec.decode(KEY, entry, article)).isEqualTo(findings);
        assertThat(FindingsCodec.decode(KEY, FindingsCodec.encode(KEY, List.of()), article)).isEmpty();
    }

    @Test
    void refusesAnyDamagedTruncatedOrForeignEntry() {
        byte[] entry = FindingsCodec.encode(KEY, findings);
        for (int i = 0; i < entry.length; i += 7) {
            byte[] damaged = entry.clone();
            damaged[i] ^= 0x01;
            assertThatThrownBy(() -> FindingsCodec.decode(KEY, damaged, article))
                    .isInstanceOf(FindingsCodec.DamagedEntryException.class);
        }
        assertThatThrownBy(() -> FindingsCodec.decode(KEY, Arrays.copyOf(entry, entry.length - 5), article))
                .isInstanceOf(FindingsCodec.DamagedEntryException.class);
        byte[] otherKey = KEY.clone();
        otherKey[0] = 1;
        assertThatThrownBy(() -> FindingsCodec.decode(otherKey, entry, article))
                .isInstanceOf(FindingsCodec.DamagedEntryException.class).hasMessageContaining("another key");
    }

    @Test
    void refusesFindingsOfAnotherArticle() throws IOException {
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "Short.\n");
        Article short1 = Ingest.read(Ingest.discover(InputSpec.of(other.toString()), () -> null).files().get(0),
                InputSpec.DEFAULT_MAX_BYTES).articles().get(0);
        byte[] entry = FindingsCodec.encode(KEY, findings);
        assertThatThrownBy(() -> FindingsCodec.decode(KEY, entry, short1))
                .isInstanceOf(FindingsCodec.DamagedEntryException.class).hasMessageContaining("article");
    }
}
