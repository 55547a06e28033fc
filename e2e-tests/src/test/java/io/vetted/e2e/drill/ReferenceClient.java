package io.vetted.e2e.drill;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Client companies' authors posting references to review-service, each under a fresh
 * Idempotency-Key that every retry of it repeats with the same body. review-service takes one
 * reference per author and provider a year, so the client goes through its authors and the
 * providers pair by pair, and stops writing once every pair has its reference.
 */
public final class ReferenceClient implements DrillClient {

    private static final LocalDate FIRST_ENGAGEMENT = LocalDate.of(2001, 1, 1);

    private final Http http;
    private final Retrying retrying;
    private final Ledger ledger;
    private final String reviewUrl;
    private final List<Author> authors;
    private final List<UUID> providers;
    private final Map<UUID, Set<String>> keysSent = new ConcurrentHashMap<>();
    private volatile String unanswered;
    private int written;

    /** One author: their account and access token. */
    public record Author(UUID id, String token) {}

    public ReferenceClient(
            Http http, Retrying retrying, Ledger ledger, String reviewUrl, List<Author> authors, List<UUID> providers) {
        this.http = http;
        this.retrying = retrying;
        this.ledger = ledger;
        this.reviewUrl = reviewUrl;
        this.authors = List.copyOf(authors);
        this.providers = List.copyOf(providers);
    }

    @Override
    public WriteKind kind() {
        return WriteKind.REFERENCE;
    }

    /** Every Idempotency-Key this client sent, by author: the most references each author can have. */
    public Map<UUID, Set<String>> keysSent() {
        Map<UUID, Set<String>> copy = new HashMap<>();
        keysSent.forEach((author, keys) -> copy.put(author, Set.copyOf(keys)));
        return copy;
    }

    /** The Idempotency-Key of the write waiting for its answer now (retries included), or null. */
    public String unanswered() {
        return unanswered;
    }

    @Override
    public void writeOnce() {
        int step = written;
        if (step >= authors.size() * providers.size()) {
            return;
        }
        written++;
        Author author = authors.get(step / providers.size());
        UUID provider = providers.get(step % providers.size());
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body(step, author.id());
        keysSent.computeIfAbsent(author.id(), a -> ConcurrentHashMap.newKeySet())
                .add(key);
        String token = author.token();
        String url = reviewUrl + "/api/providers/" + provider + "/references";
        unanswered = key;
        Retrying.Outcome outcome = retrying.call(
                ledger, () -> http.send(kind().service(), "POST", url, token, body, Map.of("Idempotency-Key", key)));
        unanswered = null;
        Http.Answer answer = outcome.answer();
        if (answer == null) {
            ledger.unresolved(key);
        } else if (answer.status() == 201) {
            ledger.acknowledged(key, (String) answer.body().get("id"), outcome.retried());
            if (outcome.retried() && answer.header("Idempotent-Replayed").isPresent()) {
                ledger.retryGotOriginal();
            }
        } else {
            ledger.refused(answer.status());
        }
    }

    private static Map<String, Object> body(int step, UUID author) {
        int rating = 1 + ThreadLocalRandom.current().nextInt(5);
        LocalDate start = FIRST_ENGAGEMENT.plusDays(3L * step);
        Map<String, Object> body = new HashMap<>();
        body.put(
                "company",
                Map.of("name", "Société " + UUID.randomUUID().toString().substring(0, 12)));
        body.put(
                "engagement",
                Map.of(
                        "services", List.of("HELPDESK"),
                        "mode", "REMOTE",
                        "start", start.toString(),
                        "end", start.plusDays(1).toString()));
        body.put("rating", rating);
        body.put("criteria", Map.of("OBJECTIVES", rating, "RESPONSIVENESS", rating));
        body.put("wouldRecommend", rating >= 4);
        body.put(
                "facts",
                Map.of(
                        "unannouncedPriceIncrease",
                        false,
                        "subcontracting",
                        "NO",
                        "afterHoursIncident",
                        "NEVER_NEEDED"));
        body.put(
                "comment",
                "Mission " + step + " du client " + author.toString().substring(0, 8) + " : " + UUID.randomUUID()
                        + " (note " + rating + ").");
        body.put("contactAllowed", false);
        return body;
    }
}
