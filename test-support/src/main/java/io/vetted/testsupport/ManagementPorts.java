package io.vetted.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A free port for a test application's management listener ({@code endpoints.all.port}), taken
 * below the kernel's ephemeral range: Micronaut's {@code ${random.port}} may pick a port that an
 * outgoing connection (to PostgreSQL, to a fake service) takes before the listener binds it. Above
 * the e2e platforms' blocks ({@link Ports}), so a unit test never takes a platform's port.
 */
public final class ManagementPorts {

    private static final int FIRST = 24_000;
    private static final int LAST = 32_000;

    private ManagementPorts() {}

    public static int free() {
        for (int tried = 0; tried < 100; tried++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // in use: another
            }
        }
        throw new IllegalStateException("no free port in " + FIRST + "-" + LAST);
    }
}
