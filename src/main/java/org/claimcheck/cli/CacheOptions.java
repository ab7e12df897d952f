package org.claimcheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --cache-dir} and {@code --no-cache}, shared by every command that analyses articles. */
final class CacheOptions {

    @Option(names = "--no-cache", description = "Analyse every article anew; neither read nor write the cache.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = ".claimcheck-cache",
            description = "Folder of the cache of annotations and findings, so unchanged articles are not "
                    + "analysed again (default: ${DEFAULT-VALUE}).")
    Path cacheDir;

    /** The cache folder of this run, or null with {@code --no-cache}. */
    Path dir() {
        return noCache ? null : cacheDir;
    }
}
