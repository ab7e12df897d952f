package org.claimcheck.ingest;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.claimcheck.problem.Problem;

/** The ingest stage: find the inputs a user named, and read each into articles. Never throws for bad input. */
public final class Ingest {

    private Ingest() {
    }

    /** Expands paths, directories, {@code @lists} and {@code -} into inputs; bad paths become problems. */
    public static Discovery discover(InputSpec spec, Supplier<InputStream> stdin) {
        return InputDiscovery.discover(spec, stdin);
    }

    /** Reads one input by its extension (.txt, .md, .html/.htm, .jsonl); every failure becomes a problem. */
    public static ReadResult read(InputFile input, long maxBytes) {
        var format = InputFormat.of(input.path());
        if (format.isEmpty()) {
            return failed(Problem.error("unsupported-type", input.path(), null,
                    InputFormat.unsupportedMessage(input.path())));
        }
        SourceDecoder.Decoded decoded = SourceDecoder.decode(input, maxBytes);
        if (decoded.problem() != null) {
            return failed(decoded.problem());
        }
        SourceText source = decoded.source();
        try {
            return switch (format.get()) {
                case TEXT -> TextReader.read(source);
                case MARKDOWN -> MarkdownReader.read(source);
                case HTML -> HtmlReader.read(source);
                case JSON_LINES -> JsonLinesReader.read(source);
            };
        } catch (RuntimeException e) {
            // A reader bug must not sink the batch; the input is reported instead of silently lost.
            return failed(Problem.error("internal-error", input.path(), null,
                    "could not read this input (" + e + "): expected it to be readable, please report this"));
        }
    }

    private static ReadResult failed(Problem problem) {
        return new ReadResult(List.of(), List.of(problem));
    }
}
