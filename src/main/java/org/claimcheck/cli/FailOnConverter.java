package org.claimcheck.cli;

import org.claimcheck.gate.FailOn;
import picocli.CommandLine.ITypeConverter;

/** Converts {@code --fail-on} values, with an error message listing the levels. */
final class FailOnConverter implements ITypeConverter<FailOn> {

    @Override
    public FailOn convert(String value) {
        return FormatNames.failOn(value);
    }
}
