package io.vetted.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Sends a request with a body the way a slow network delivers it: the headers first, the body a
 * moment later. A server that routes and binds before the body is in takes other paths than for a
 * request that arrives in one packet (Micronaut 4.10 looped until out of heap there when a status
 * error route answered such a form), so the matrix sends every body this way.
 */
final class SplitArrival {

    private static final Duration BODY_DELAY = Duration.ofMillis(40);

    private SplitArrival() {}

    /** {@code headers} are complete lines ("Name: value"), without the line ends. */
    static AuthorizationMatrix.Answer send(
            URI uri, String method, List<String> headers, String contentType, String content, Duration timeout) {
        byte[] body = content.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + " HTTP/1.1\r\n"
                + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + headers.stream().map(header -> header + "\r\n").collect(Collectors.joining())
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(BODY_DELAY.toMillis());
            out.write(body);
            out.flush();
            return readHead(
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)));
        } catch (SocketTimeoutException e) {
            throw new IllegalStateException(
                    uri.getAuthority() + " did not answer " + method + " " + uri.getPath() + " within "
                            + timeout.toSeconds() + " s",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    uri.getAuthority() + " gave no answer to " + method + " " + uri.getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static AuthorizationMatrix.Answer readHead(BufferedReader in) throws IOException {
        String statusLine = in.readLine();
        if (statusLine == null) {
            throw new IOException("connection closed before a status line");
        }
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        String location = null;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0
                    && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("location")) {
                location = line.substring(colon + 1).trim();
            }
        }
        return new AuthorizationMatrix.Answer(status, location);
    }
}
