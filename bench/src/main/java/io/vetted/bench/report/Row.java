package io.vetted.bench.report;

/**
 * One line of the report's table: a figure, what it is compared with (the SQL limit, or the API a
 * page calls), the ratio, and the target it must meet. {@code pass} is null for figures without a target.
 */
record Row(String section, String figure, String value, String reference, String ratio, String target, Boolean pass) {

    String verdict() {
        return pass == null ? "" : pass ? "PASS" : "**MISS**";
    }
}
