package org.claimcheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationCodecTest {

    private static final byte[] KEY = new byte[32];
    private static final String TEXT = Fixtures.TEXT;

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    @Test
    void readsBackExactlyTheSentencesItWrote() throws Exception {
        List<Sentence> sentences = Fixtures.sentences(TEXT);
        byte[] entry = AnnotationCodec.encode(KEY, sentences, TEXT);
        assertThat(AnnotationCodec.decode(KEY, entry, TEXT)).isEqualTo(sentences);
    }

    @Test
    void storesSpansInsteadOfTheTextTheyCover() {
        byte[] entry = AnnotationCodec.encode(KEY, Fixtures.sentences(TEXT), TEXT);
        assertThat(new String(entry, StandardCharsets.ISO_8859_1)).doesNotContain("Diplomats").doesNotContain("Trade")
                .doesNotContain("billion");
    }

    @Test
    void rejectsAnEntryWithAnyFlippedByte() {
        byte[] entry = AnnotationCodec.encode(KEY, Fixtures.sentences(TEXT), TEXT);
        for (int i = 0; i < entry.length; i++) {
            byte[] damaged = entry.clone();
            damaged[i] ^= 0x10;
            assertThatThrownBy(() -> AnnotationCodec.decode(KEY, damaged, TEXT)).as("byte %d", i)
                    .isInstanceOf(CorruptEntryException.class);
        }
    }

    @Test
    void rejectsATruncatedEntry() {
        byte[] entry = AnnotationCodec.encode(KEY, Fixtures.sentences(TEXT), TEXT);
        for (int length = 0; length < entry.length; length++) {
            byte[] truncated = Arrays.copyOf(entry, length);
            assertThatThrownBy(() -> AnnotationCodec.decode(KEY, truncated, TEXT))
                    .isInstanceOf(CorruptEntryException.class);
        }
    }

    @Test
    void rejectsAnEntryOfAnotherFormatVersion() {
        byte[] entry = AnnotationCodec.encode(KEY, Fixtures.sentences(TEXT), TEXT);
        entry[5] = (byte) (AnnotationCodec.FORMAT + 1);
        assertThatThrownBy(() -> AnnotationCodec.decode(KEY, entry, TEXT)).isInstanceOf(CorruptEntryException.class)
                .hasMessageContaining("format");
    }

    @Test
    void rejectsAnEntryStoredUnderAnotherArticlesKey() {
        byte[] entry = AnnotationCodec.encode(KEY, Fixtures.sentences(TEXT), TEXT);
        byte[] otherKey = KEY.clone();
        otherKey[0] = 1;
        assertThatThrownBy(() -> AnnotationCodec.decode(otherKey, entry, TEXT))
                .isInstanceOf(CorruptEntryException.class).hasMessageContaining("another article");
    }

    @Test
    void rejectsSpansThatFallOutsideTheText() {
        byte[] entry = AnnotationCodec.encode(KEY, Fixtures.sentences(TEXT), TEXT);
        assertThatThrownBy(() -> AnnotationCodec.decode(KEY, entry, TEXT.substring(0, 40)))
                .isInstanceOf(CorruptEntryException.class).hasMessageContaining("outside");
    }

    @Test
    void keepsAnEmptyArticleEmpty() throws Exception {
        byte[] entry = AnnotationCodec.encode(KEY, List.of(), "");
        assertThat(AnnotationCodec.decode(KEY, entry, "")).isEmpty();
    }
}
