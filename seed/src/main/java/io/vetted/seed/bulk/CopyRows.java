package io.vetted.seed.bulk;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one table with {@code COPY ... FROM STDIN} in PostgreSQL's text format, sent
 * in chunks of about a megabyte so the server parses one chunk while the next is generated.
 */
final class CopyRows implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 64 * 1024);
    private boolean firstField = true;
    private long rows;

    CopyRows(Connection connection, String tableAndColumns) throws SQLException {
        this.copy =
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + tableAndColumns + " FROM STDIN");
    }

    CopyRows text(String value) {
        separator();
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    /** A value known to hold no tab, newline or backslash: numbers, codes, identifiers. */
    CopyRows raw(Object value) {
        separator();
        buffer.append(value == null ? "\\N" : value.toString());
        return this;
    }

    CopyRows uuid(UUID value) {
        return raw(value);
    }

    CopyRows time(Instant value) {
        return raw(value);
    }

    CopyRows date(LocalDate value) {
        return raw(value);
    }

    CopyRows bool(boolean value) {
        return raw(value ? "t" : "f");
    }

    /** A text[] of codes (letters, digits, underscores), which need no quoting. */
    CopyRows codes(Iterable<String> values) {
        separator();
        buffer.append('{');
        boolean first = true;
        for (String value : values) {
            if (!first) {
                buffer.append(',');
            }
            buffer.append(value);
            first = false;
        }
        buffer.append('}');
        return this;
    }

    void end() throws SQLException {
        buffer.append('\n');
        firstField = true;
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void separator() {
        if (!firstField) {
            buffer.append('\t');
        }
        firstField = false;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** Sends the last chunk and ends the COPY: the rows become visible when the transaction commits. */
    long finish() throws SQLException {
        flush();
        copy.endCopy();
        return rows;
    }

    /** Abandons an unfinished COPY, so a failure half-way stores none of its rows. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
