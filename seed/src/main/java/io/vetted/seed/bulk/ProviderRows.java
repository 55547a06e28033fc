package io.vetted.seed.bulk;

import java.sql.Connection;
import java.sql.SQLException;

/** Streams one table's rows, provider by provider, with a progress bar for that table. */
final class ProviderRows {

    interface Source {
        void write(int provider, CopyRows rows) throws SQLException;
    }

    private ProviderRows() {}

    static long copy(Connection connection, String label, String tableAndColumns, int providers, Source source)
            throws SQLException {
        try (Progress progress = new Progress(label, "providers", providers);
                CopyRows rows = new CopyRows(connection, tableAndColumns)) {
            for (int i = 0; i < providers; i++) {
                source.write(i, rows);
                if ((i & 255) == 255) {
                    progress.step(256);
                }
            }
            progress.step(providers & 255);
            return rows.finish();
        }
    }
}
