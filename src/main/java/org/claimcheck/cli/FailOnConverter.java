package org.claimcheck.cli;

import org.claimcheck.gate.FailOn;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --fail-on} values, with an error message listing the levels. */
final class FailOnConverter implements ITypeConverter<FailOn> {

    @Override
    public FailOn convert(String value) {
        try {
            return FormatNames.failOn(value);
        } catch (IllegalArgumentException e) {
            // picocli prints a TypeConversionException's message as it is, without the Java exception's name.
            throw new TypeConversionException(e.getMessage());
        }
    }
}
