package io.vetted.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A free port for a test application's listener, taken below the kernel's ephemeral range:
 * Micronaut's {@code ${random.port}} may pick a port that an outgoing connection (to PostgreSQL, to
 * a fake service) takes before the listener binds it. A port is free only when nothing listens on
 * it, this JVM never handed it out, and no other test JVM on the machine claimed it: a platform
 * chooses its ten ports before its services bind them, and two choices of one port (in one JVM or
 * in two forks) made a service fail on "address already in use".
 */
public final class ManagementPorts {

    private static final int FIRST = 24_000;
    private static final int LAST = 32_000;
    private static final Path CLAIMS = Path.of(System.getProperty("java.io.tmpdir"), "vetted-test-ports");
    // a claim left by a JVM that was killed is taken over after this long
    private static final Duration STALE = Duration.ofMinutes(30);
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private ManagementPorts() {}

    public static int free() {
        for (int tried = 0; tried < 1_000; tried++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            if (HANDED_OUT.add(port) && claimed(port) && listenable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port in " + FIRST + "-" + LAST);
    }

    private static boolean claimed(int port) {
        Path claim = CLAIMS.resolve(Integer.toString(port));
        try {
            Files.createDirectories(CLAIMS);
            try {
                Files.createFile(claim);
            } catch (FileAlreadyExistsException another) {
                if (Files.getLastModifiedTime(claim)
                        .toInstant()
                        .isAfter(Instant.now().minus(STALE))) {
                    return false;
                }
                Files.setLastModifiedTime(claim, FileTime.from(Instant.now()));
            }
            claim.toFile().deleteOnExit();
            return true;
        } catch (IOException unwritable) {
            return true; // no claims on this machine: the listen check alone decides
        }
    }

    private static boolean listenable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
