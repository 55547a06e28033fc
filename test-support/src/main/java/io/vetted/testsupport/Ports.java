package io.vetted.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * Free ports for the services a test starts. When the build runs test classes in several JVMs at
 * once ({@code vetted.fork}, the fork's number), each JVM takes ports from its own block below the
 * kernel's ephemeral range, so that two JVMs never pick the same port between choosing it and the
 * service binding it; otherwise the kernel picks one. {@code vetted.ports.first} moves the blocks, so
 * that two builds on one machine (two worktrees) keep apart too.
 */
final class Ports {

    private static final int BLOCK = 1_000;
    private static int next = -1;

    private Ports() {}

    static synchronized int free() {
        String fork = System.getProperty("vetted.fork", "");
        if (!fork.matches("\\d{1,2}")) {
            return ManagementPorts.free(); // below the ephemeral range, where outgoing connections take ports
        }
        int first = Integer.getInteger("vetted.ports.first", 20_000);
        int start = first + (Integer.parseInt(fork) - 1) * BLOCK;
        for (int tried = 0; tried < BLOCK; tried++) {
            next = next < start || next >= start + BLOCK - 1 ? start : next + 1;
            try {
                return bind(next);
            } catch (UncheckedIOException taken) {
                // in use by something else: the next one
            }
        }
        throw new IllegalStateException("no free port in " + start + "-" + (start + BLOCK - 1));
    }

    private static int bind(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
