package org.claimcheck.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimcheck.ingest.InputSpec;

/**
 * The command line of {@link ClaimcheckSparkJob}: {@code --input PATH --refs DIR --output DIR} and optionally
 * {@code --master URL}, {@code --partitions N}, {@code --max-file-size BYTES} and {@code --local-cache-dir DIR}.
 * Parsing never throws: a bad command line yields the messages saying what was expected.
 */
record JobOptions(String input, String refs, String output, String master, int partitions, long maxBytes,
        String localCacheDir) {

    static final String USAGE = "usage: ClaimcheckSparkJob --input PATH --refs DIR --output DIR [--master URL]"
            + " [--partitions N] [--max-file-size BYTES] [--local-cache-dir DIR]";

    Optional<String> findMaster() {
        return Optional.ofNullable(master);
    }

    Optional<String> findLocalCacheDir() {
        return Optional.ofNullable(localCacheDir);
    }

    /** The options, or the errors that prevent reading them. */
    record Parsed(JobOptions options, List<String> errors) {
    }

    static Parsed parse(String[] args) {
        List<String> errors = new ArrayList<>();
        String input = null;
        String refs = null;
        String output = null;
        String master = null;
        String cache = null;
        int partitions = 0;
        long maxBytes = InputSpec.DEFAULT_MAX_BYTES;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                errors.add("option " + name + " needs a value");
                break;
            }
            String value = args[++i];
            switch (name) {
                case "--input" -> input = value;
                case "--refs" -> refs = value;
                case "--output" -> output = value;
                case "--master" -> master = value;
                case "--local-cache-dir" -> cache = value;
                case "--partitions" -> partitions = (int) number(name, value, errors);
                case "--max-file-size" -> maxBytes = number(name, value, errors);
                default -> errors.add("unknown option " + name);
            }
        }
        if (input == null) {
            errors.add("missing --input PATH (a file or folder on any Hadoop-compatible file system)");
        }
        if (refs == null) {
            errors.add("missing --refs DIR (the reference tables, a local folder on the driver)");
        }
        if (output == null) {
            errors.add("missing --output DIR (where findings, claims and the summary go)");
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new JobOptions(input, refs, output, master, partitions, maxBytes, cache), List.of());
    }

    private static long number(String name, String value, List<String> errors) {
        try {
            long n = Long.parseLong(value);
            if (n > 0 && n <= Integer.MAX_VALUE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("option " + name + ": expected a positive whole number, got \"" + value + "\"");
        return 1;
    }
}
