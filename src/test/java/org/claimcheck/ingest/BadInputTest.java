package org.claimcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.ingest.SourceChecks.onlyArticle;
import static org.claimcheck.ingest.SourceChecks.onlyProblem;
import static org.claimcheck.ingest.SourceChecks.readBytes;
import static org.claimcheck.ingest.SourceChecks.readString;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void reportsAFileOverTheSizeLimitNamingTheLimit() throws IOException {
        Path file = dir.resolve("big.txt");
        Files.writeString(file, "Trade reached $147 billion in 2021.");

        ReadResult result = Ingest.read(InputFile.of(file, "big.txt"), 10);

        Problem problem = onlyProblem(result);
        assertThat(problem.code()).isEqualTo("input-too-large");
        assertThat(problem.message()).contains("35 bytes").contains("limit of 10 bytes");
    }

    @Test
    void appliesTheSizeLimitToStandardInputToo() {
        InputFile stdin = new InputFile("<stdin>", null, "Trade rose in 2021.".getBytes(StandardCharsets.UTF_8));

        Problem problem = onlyProblem(Ingest.read(stdin, 5));

        assertThat(problem.code()).isEqualTo("input-too-large");
        assertThat(problem.path()).isEqualTo("<stdin>");
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        Problem problem = onlyProblem(readBytes(dir, "empty.md", new byte[0]));

        assertThat(problem.code()).isEqualTo("empty-input");
        assertThat(problem.message()).isEqualTo("input is empty: expected article text");
    }

    @Test
    void reportsAFileOfOnlyWhitespaceAndByteOrderMark() throws IOException {
        Problem problem = onlyProblem(readString(dir, "blank.txt", "\uFEFF  \n\t\r\n  "));

        assertThat(problem.code()).isEqualTo("empty-input");
        assertThat(problem.message()).isEqualTo("input holds only whitespace: expected article text");
    }

    @Test
    void reportsABinaryFileAtItsFirstNulByte() throws IOException {
        byte[] bytes = "PDF-ish\nab\0cd".getBytes(StandardCharsets.UTF_8);

        Problem problem = onlyProblem(readBytes(dir, "photo.txt", bytes));

        assertThat(problem.code()).isEqualTo("binary-input");
        assertThat(problem.position()).isEqualTo(new Position(2, 3));
        assertThat(problem.message()).contains("expected UTF-8 text");
    }

    @Test
    void reportsInvalidUtf8AtTheLineAndColumnOfTheFirstBadByte() throws IOException {
        byte[] head = "Origins\nThe caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 4];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = ' ';
        bytes[head.length + 2] = 'i';
        bytes[head.length + 3] = 's';

        Problem problem = onlyProblem(readBytes(dir, "latin1.txt", bytes));

        assertThat(problem.code()).isEqualTo("invalid-utf8");
        assertThat(problem.position()).isEqualTo(new Position(2, 8));
        assertThat(problem.toString())
                .isEqualTo("latin1.txt:2:8: error: invalid UTF-8 byte sequence 0xE9: expected UTF-8 text");
    }

    @Test
    void countsColumnsOfInvalidUtf8AfterMultiByteCharactersAndBom() throws IOException {
        byte[] head = "\uFEFFRéunion €5 ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;

        Problem problem = onlyProblem(readBytes(dir, "cut.txt", bytes));

        assertThat(problem.position()).isEqualTo(new Position(1, 12));
    }

    @Test
    void reportsUtf16InputAsNotUtf8() throws IOException {
        byte[] bytes = "Trade".getBytes(StandardCharsets.UTF_16);

        Problem problem = onlyProblem(readBytes(dir, "wide.txt", bytes));

        assertThat(problem.code()).isEqualTo("not-utf8");
        assertThat(problem.message()).isEqualTo("input is UTF-16 encoded: expected UTF-8 text");
    }

    @Test
    void stripsTheByteOrderMarkAndCountsColumnsFromTheFirstCharacter() throws IOException {
        Article article = onlyArticle(readString(dir, "bom.txt", "\uFEFFTrade rose in 2021."));

        assertThat(article.text()).isEqualTo("Trade rose in 2021.");
        assertThat(article.locate(article.text().indexOf("2021"))).isEqualTo(new Position(1, 15));
    }

    @Test
    void handlesCrLfAndLoneCrLineEndings() throws IOException {
        String source = "Origins\r\nThe group formed in 1996.\rIt grew in 2001.\r\n";

        Article article = onlyArticle(readString(dir, "mixed.txt", source));

        assertThat(article.text()).isEqualTo("Origins\nThe group formed in 1996.\nIt grew in 2001.");
        assertThat(article.locate(article.text().indexOf("1996"))).isEqualTo(new Position(2, 21));
        assertThat(article.locate(article.text().indexOf("2001"))).isEqualTo(new Position(3, 12));
    }

    @Test
    void turnsNoBreakSpacesIntoPlainSpacesWithoutMovingOffsets() throws IOException {
        String source = "Trade reached $147\u00A0billion in\u202F2021.";

        Article article = onlyArticle(readString(dir, "nbsp.txt", source));

        assertThat(article.text()).isEqualTo("Trade reached $147 billion in 2021.");
        assertThat(article.locate(article.text().indexOf("billion"))).isEqualTo(new Position(1, 20));
        assertThat(article.locate(article.text().indexOf("2021"))).isEqualTo(new Position(1, 31));
    }

    @Test
    void reportsAMissingFileInsteadOfThrowing() {
        Problem problem = onlyProblem(Ingest.read(InputFile.of(dir.resolve("gone.txt"), "gone.txt"), 1000));

        assertThat(problem.toString()).isEqualTo("gone.txt: error: no such file or directory");
    }

    @Test
    void reportsAnInputWithAnUnsupportedExtension() throws IOException {
        Path file = dir.resolve("report.pdf");
        Files.writeString(file, "x");

        Problem problem = onlyProblem(Ingest.read(InputFile.of(file, "report.pdf"), 1000));

        assertThat(problem.message())
                .isEqualTo("unsupported file type \".pdf\": expected one of .txt, .md, .markdown, .html, .htm, .jsonl");
    }

    @Test
    void reportsAFileThatHoldsOnlyBoilerplate() throws IOException {
        Problem problem = onlyProblem(readString(dir, "trailer.txt", "Advertisement\nShare this article\n"));

        assertThat(problem.code()).isEqualTo("no-text");
    }
}
