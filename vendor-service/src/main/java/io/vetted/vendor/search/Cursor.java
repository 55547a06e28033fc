package io.vetted.vendor.search;

import io.micronaut.http.HttpStatus;
import io.vetted.support.problem.ApiProblems;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a page of keyset pagination ended: the sort it belongs to and the sort key of its edge row.
 * Opaque to clients; a cursor from another sort is refused rather than misread.
 */
record Cursor(String sortKey, List<String> values, UUID id) {

    String encode() {
        String raw = sortKey + "|" + String.join("|", values) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String parameter, String encoded, String expectedSortKey, int valueCount) {
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != valueCount + 2 || !parts[0].equals(expectedSortKey)) {
                throw invalid(parameter);
            }
            for (int i = 1; i <= valueCount; i++) {
                new BigDecimal(parts[i]);
            }
            return new Cursor(
                    parts[0], List.of(parts).subList(1, valueCount + 1), UUID.fromString(parts[valueCount + 1]));
        } catch (IllegalArgumentException e) {
            throw invalid(parameter);
        }
    }

    private static RuntimeException invalid(String parameter) {
        return ApiProblems.invalidField(
                HttpStatus.BAD_REQUEST, parameter, "is not a cursor of this search's sort order");
    }
}
