package org.claimcheck.problem;

import java.util.Objects;
import java.util.Optional;
import org.claimcheck.text.Position;

/**
 * A failure kept as a value: what went wrong, where, and how bad it is. Printed the way compilers do, as
 * {@code path:line:col: error: message}.
 *
 * @param code a stable kebab-case identifier ({@code invalid-utf8}, {@code missing-column}, ...)
 * @param path the file as the user named it, or {@code <stdin>}
 * @param position where in the file, when known
 */
public record Problem(Severity severity, String code, String path, Position position, String message)
        implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String code, String path, Position position, String message) {
        return new Problem(Severity.ERROR, code, path, position, message);
    }

    public static Problem error(String code, String path, String message) {
        return new Problem(Severity.ERROR, code, path, null, message);
    }

    public static Problem warning(String code, String path, Position position, String message) {
        return new Problem(Severity.WARNING, code, path, position, message);
    }

    public Optional<Position> findPosition() {
        return Optional.ofNullable(position);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col: error: message}, or {@code path: error: message} without a position. */
    @Override
    public String toString() {
        String where = position == null ? path : path + ":" + position;
        return where + ": " + severity.label() + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = path.compareTo(o.path);
        if (c != 0) {
            return c;
        }
        Position a = position == null ? new Position(1, 1) : position;
        Position b = o.position == null ? new Position(1, 1) : o.position;
        c = a.compareTo(b);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
