package org.claimcheck.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the fully qualified file names Spark lists under the input into the paths the command line would show:
 * the input as given joined with the path below it ("corpus/energy-axis.md"), and keeps only files the
 * command line would read from a folder: supported extensions, no hidden file or folder on the way.
 */
final class CorpusPaths implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The extensions ingest reads; a folder's other files are passed over, as the command line does. */
    private static final List<String> SUPPORTED = List.of(".txt", ".md", ".markdown", ".html", ".htm", ".jsonl");

    private final String qualifiedRoot;
    private final String displayRoot;

    /**
     * @param qualifiedRoot the input qualified by its file system ("file:/data/corpus", "s3a://bucket/corpus")
     * @param given the input as the user gave it
     */
    CorpusPaths(String qualifiedRoot, String given) {
        this.qualifiedRoot = stripSlash(qualifiedRoot);
        this.displayRoot = display(given);
    }

    /** The display path of a listed file, or empty when the command line would not read it. */
    Optional<String> displayPath(String qualifiedFile) {
        String file = stripSlash(qualifiedFile);
        if (file.equals(qualifiedRoot)) {
            return supported(displayRoot) ? Optional.of(displayRoot) : Optional.empty();
        }
        if (!file.startsWith(qualifiedRoot + "/")) {
            return supported(file) ? Optional.of(file) : Optional.empty();
        }
        String relative = file.substring(qualifiedRoot.length() + 1);
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return Optional.empty();
            }
        }
        String joined = displayRoot.equals(".") ? relative : displayRoot + "/" + relative;
        return supported(joined) ? Optional.of(joined) : Optional.empty();
    }

    private static boolean supported(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 && SUPPORTED.contains(name.substring(dot).toLowerCase(Locale.ROOT));
    }

    /** A local path normalised as the command line does; a URI only loses its trailing slash. */
    private static String display(String given) {
        if (given.contains("://") || given.matches("^[A-Za-z][A-Za-z0-9+.-]+:/.*")) {
            return stripSlash(given);
        }
        String normal = Path.of(given).normalize().toString().replace('\\', '/');
        return normal.isEmpty() ? "." : normal;
    }

    private static String stripSlash(String s) {
        String out = s;
        while (out.length() > 1 && out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }
}
