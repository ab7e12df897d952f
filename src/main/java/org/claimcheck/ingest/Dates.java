package org.claimcheck.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses publication dates as articles write them in metadata: {@code yyyy-MM-dd} or an ISO date-time (with or
 * without offset or zone, also the {@code +0000} offset form common in HTML meta tags). A date-time gives the
 * date in its own offset, the day the publisher printed.
 */
final class Dates {

    static final String EXPECTED = "expected a date as yyyy-MM-dd or an ISO date-time such as 2022-06-15T09:30:00Z";

    private static final DateTimeFormatter COMPACT_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]XX");

    private static final List<Function<String, LocalDate>> PARSERS = List.of(
            LocalDate::parse,
            s -> OffsetDateTime.parse(s).toLocalDate(),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toLocalDate(),
            s -> LocalDateTime.parse(s).toLocalDate(),
            s -> OffsetDateTime.parse(s, COMPACT_OFFSET).toLocalDate(),
            s -> LocalDateTime.parse(s.replace(' ', 'T')).toLocalDate());

    private Dates() {
    }

    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.strip();
        for (Function<String, LocalDate> parser : PARSERS) {
            try {
                return Optional.of(parser.apply(s));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
