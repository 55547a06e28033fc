package io.vetted.e2e.drill.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy between one service and its database that can make the network slow (each chunk
 * held {@code delayMs} before it is passed on, both ways) or lossy (connections cut at random,
 * new ones cut with probability {@code dropRate}), and healed. Toxiproxy does this as a server of
 * its own (Go, or Docker for Testcontainers), which this machine cannot run; this is its smallest part.
 */
public final class FaultyProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile long delayMs;
    private volatile double dropRate;

    public FaultyProxy(String targetHost, int targetPort) {
        this.target = new InetSocketAddress(targetHost, targetPort);
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Every chunk, either way, waits {@code millis} more. */
    public void slow(long millis) {
        delayMs = millis;
    }

    /** From now on each connection, open or new, is cut with probability {@code rate} per chunk or connect. */
    public void lossy(double rate) {
        dropRate = rate;
    }

    public void heal() {
        delayMs = 0;
        dropRate = 0;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (dropped()) {
                    client.close();
                    continue;
                }
                Socket server = new Socket();
                server.connect(target, 5_000);
                open.add(client);
                open.add(server);
                daemon(() -> pump(client, server));
                daemon(() -> pump(server, client));
            } catch (IOException e) {
                // the listener closed, or the database refused: the client sees its connection cut
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (delayMs > 0) {
                    LockSupport.parkNanos(delayMs * 1_000_000);
                }
                if (dropped()) {
                    break;
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // either side went away: both are closed below
        } finally {
            cut(from);
            cut(to);
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "faulty-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    private boolean dropped() {
        double rate = dropRate;
        return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
    }

    private void cut(Socket socket) {
        open.remove(socket);
        try {
            socket.setSoLinger(true, 0); // a reset, as a dropped network path ends up being seen
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        open.forEach(this::cut);
    }
}
