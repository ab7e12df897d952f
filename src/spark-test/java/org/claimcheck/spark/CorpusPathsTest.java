package org.claimcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorpusPathsTest {

    @Test
    void showsAFileUnderALocalFolderAsTheCommandLineDoes() {
        CorpusPaths paths = new CorpusPaths("file:/data/work/corpus", "./corpus/");
        assertThat(paths.displayPath("file:/data/work/corpus/sub/energy-axis.md")).contains("corpus/sub/energy-axis.md");
    }

    @Test
    void keepsTheSchemeOfARemoteInput() {
        CorpusPaths paths = new CorpusPaths("s3a://bucket/archive", "s3a://bucket/archive/");
        assertThat(paths.displayPath("s3a://bucket/archive/2021/a.html")).contains("s3a://bucket/archive/2021/a.html");
    }

    @Test
    void showsASingleFileInputAsGiven() {
        CorpusPaths paths = new CorpusPaths("file:/data/corpus/a.txt", "corpus/a.txt");
        assertThat(paths.displayPath("file:/data/corpus/a.txt")).contains("corpus/a.txt");
    }

    @Test
    void passesOverHiddenAndUnsupportedFiles() {
        CorpusPaths paths = new CorpusPaths("file:/data/corpus", "corpus");
        assertThat(paths.displayPath("file:/data/corpus/.drafts/a.txt")).isEmpty();
        assertThat(paths.displayPath("file:/data/corpus/.a.txt")).isEmpty();
        assertThat(paths.displayPath("file:/data/corpus/a.pdf")).isEmpty();
        assertThat(paths.displayPath("file:/data/corpus/A.HTM")).contains("corpus/A.HTM");
    }
}
