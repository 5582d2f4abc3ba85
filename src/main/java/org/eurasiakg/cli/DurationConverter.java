package org.eurasiakg.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/** Reads {@code 500ms}, {@code 10s}, {@code 2m} or ISO-8601 {@code PT10S}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m)");

    @Override
    public Duration convert(String value) {
        Matcher m = SHORT.matcher(value.trim());
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
        } else {
            try {
                d = Duration.parse(value.trim());
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (use e.g. 500ms, 10s, 2m)");
            }
        }
        if (d.isZero() || d.isNegative())
            throw new CommandLine.TypeConversionException("'" + value + "' must be longer than zero");
        return d;
    }
}
