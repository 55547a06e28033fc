package io.vetted.e2e.drill;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A restart of web-ui as its signed-in clients saw it: how many still see a signed-in page with
 * the cookies they held before it, and how many still hold the same session cookie.
 */
record Restart(Kill kill, int clients, int stillSignedIn, int sameSessionCookie) {

    private static final String SESSION = "__Host-vetted_session";

    static Restart after(Kill kill, List<SiteFormClient> clients, Map<UUID, Map<String, String>> before) {
        int signedIn = 0;
        int same = 0;
        int sessions = 0;
        for (SiteFormClient client : clients) {
            for (SiteFormClient.Writer writer : client.writers()) {
                sessions++;
                String held = before.get(writer.author()).get(SESSION);
                if (held != null && held.equals(writer.session().cookies().get(SESSION))) {
                    same++;
                }
                try {
                    signedIn += writer.session().signedIn("/my/references") ? 1 : 0;
                } catch (IOException e) {
                    // no answer is no signed-in page: counted as signed out
                }
            }
        }
        return new Restart(kill, sessions, signedIn, same);
    }

    static String table(List<Restart> restarts) {
        StringBuilder table = new StringBuilder(
                        "| round | how | signed-in sessions before | still signed in | same session cookie |\n")
                .append("|---|---|---|---|---|\n");
        for (Restart r : restarts) {
            table.append("| ")
                    .append(r.kill().round())
                    .append(" | ")
                    .append(r.kill().how())
                    .append(" | ")
                    .append(r.clients())
                    .append(" | ")
                    .append(r.stillSignedIn())
                    .append(" | ")
                    .append(r.sameSessionCookie())
                    .append(" |\n");
        }
        return table.toString();
    }
}
