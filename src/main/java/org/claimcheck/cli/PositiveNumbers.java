package org.claimcheck.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for counts and sizes that must be positive, with messages that say what was expected. */
final class PositiveNumbers {

    private PositiveNumbers() {
    }

    /** {@code --threads}: a whole number of at least 1. */
    static final class Threads implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long n = parse(value, "a whole number of worker threads, at least 1");
            if (n < 1 || n > 1024) {
                throw new TypeConversionException("expected a whole number of worker threads from 1 to 1024, got "
                        + value.strip());
            }
            return (int) n;
        }
    }

    /** {@code --max-file-size}: a number of bytes above zero. */
    static final class Bytes implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return aboveZero(value, "a size in bytes above 0, such as 10485760 for 10 MiB");
        }
    }

    /** {@code --input-timeout}: a whole number of seconds above zero. */
    static final class Seconds implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return aboveZero(value, "a whole number of seconds above 0, such as 600");
        }
    }

    /** {@code value} as a whole number of at least 1; otherwise a message saying what was {@code expected}. */
    private static long aboveZero(String value, String expected) {
        long n = parse(value, expected);
        if (n < 1) {
            throw new TypeConversionException("expected " + expected + ", got " + value.strip());
        }
        return n;
    }

    private static long parse(String value, String expected) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected " + expected + ", got \"" + value + "\"");
        }
    }
}
