package org.eurasiakg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** If-None-Match as RFC 9110 section 13.1.2 reads it: lists, weak comparison, the wildcard; anything malformed is ignored. */
class PreconditionsTest {
    private static final String TAG = "\"abc\"";

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "W/\"abc\"", "\"x\", \"abc\"", "\"x\",W/\"abc\"", "  \"abc\"  ", "*", "\"x\" , \"abc\" ,"})
    void matches(String header) {
        assertThat(Preconditions.matchesAny(header, TAG)).isTrue();
        assertThat(Preconditions.matchesAny(header, "W/" + TAG)).as("a weak tag of ours, too").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abcd\"", "\"ab\"", "abc", "W/abc", "\"abc", "\"x\" \"abc\" junk", "w/\"abc\"", "\"a bc\"", ""})
    void doesNotMatch(String header) {
        assertThat(Preconditions.matchesAny(header, TAG)).isFalse();
    }

    @Test
    void aListWithOneMalformedMemberIsIgnoredWhole() {
        assertThat(Preconditions.entityTags("\"abc\", junk")).isNull();
        assertThat(Preconditions.entityTags("\"a\", W/\"b\"")).containsExactly("\"a\"", "W/\"b\"");
    }

    @Test
    void httpDatesRoundTripAndNonsenseIsNull() {
        Instant t = Instant.parse("2026-11-30T06:00:00Z");
        assertThat(Preconditions.httpDate(Preconditions.httpDate(t))).isEqualTo(t);
        assertThat(Preconditions.httpDate("Mon, 30 Nov 2026 06:00:00 GMT")).isEqualTo(t);
        assertThat(Preconditions.httpDate("yesterday")).isNull();
        assertThat(Preconditions.httpDate("Thu, 31 Feb 2022 25:61:61 GMT")).isNull();
    }
}
