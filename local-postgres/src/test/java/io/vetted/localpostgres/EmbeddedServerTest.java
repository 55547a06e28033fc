package io.vetted.localpostgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedServerTest {

    @TempDir
    Path home;

    @Test
    void keepsItsDataAcrossRestartsOnTheSamePort() throws Exception {
        int port = freePort();
        try (EmbeddedServer server = EmbeddedServer.start(home.resolve("pgdata"), port, home.resolve("bin"))) {
            assertThat(server.port()).isEqualTo(port);
            try (Connection connection = connect(port);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE vendor");
            }
        }
        try (EmbeddedServer ignored = EmbeddedServer.start(home.resolve("pgdata"), port, home.resolve("bin"));
                Connection connection = connect(port);
                var rows = connection
                        .createStatement()
                        .executeQuery("SELECT datname, datcollate FROM pg_database WHERE datname = 'vendor'")) {
            assertThat(rows.next()).as("the database made before the restart").isTrue();
            assertThat(rows.getString("datcollate")).isEqualTo("C.UTF-8");
        }
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
