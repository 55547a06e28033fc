package io.vetted.e2e.drill;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed-in clients writing references through web-ui's form, as a browser does: each opens the
 * form (which carries a CSRF token and an idempotency key), fills it in and posts it; when the post
 * gets no answer or a 5xx it posts the very same form again, as a person pressing "send" again does.
 * One reference per author and provider a year: the client goes through its signed-in authors and
 * the providers pair by pair, and stops once every pair has its reference.
 */
public final class SiteFormClient implements DrillClient {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(csrfToken|idempotencyKey)\" value=\"([^\"]*)\"");
    private static final LocalDate FIRST_ENGAGEMENT = LocalDate.of(2001, 1, 1);

    private final List<Writer> writers;
    private final Retrying retrying;
    private final Ledger ledger;
    private final List<UUID> providers;
    private final Map<UUID, Set<String>> keysSent = new ConcurrentHashMap<>();
    private volatile String unanswered;
    private final AtomicLong signedOut = new AtomicLong();
    private int written;

    /** One signed-in author: their account and their browser's session. */
    public record Writer(UUID author, SiteSession session) {}

    public SiteFormClient(List<Writer> writers, Retrying retrying, Ledger ledger, List<UUID> providers) {
        this.writers = List.copyOf(writers);
        this.retrying = retrying;
        this.ledger = ledger;
        this.providers = List.copyOf(providers);
    }

    @Override
    public WriteKind kind() {
        return WriteKind.SITE_FORM;
    }

    public List<Writer> writers() {
        return writers;
    }

    /** The form keys each author posted: the most references each can have. */
    public Map<UUID, Set<String>> keysSent() {
        Map<UUID, Set<String>> copy = new HashMap<>();
        keysSent.forEach((author, keys) -> copy.put(author, Set.copyOf(keys)));
        return copy;
    }

    /** The idempotency key of the form waiting for its answer now, or null. */
    public String unanswered() {
        return unanswered;
    }

    /** Answers that sent this signed-in client to the sign-in page: each one a session lost. */
    public long signedOut() {
        return signedOut.get();
    }

    @Override
    public void writeOnce() {
        int step = written;
        if (step >= writers.size() * providers.size()) {
            return;
        }
        written++;
        SiteSession session = writers.get(step / providers.size()).session();
        UUID author = writers.get(step / providers.size()).author();
        UUID provider = providers.get(step % providers.size());
        Retrying.Outcome page =
                retrying.call(ledger, () -> answer(session.get("/providers/" + provider + "/references/new")));
        if (page.answer() == null || page.answer().status() != 200) {
            noForm(page);
            return;
        }
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher field = HIDDEN.matcher(page.answer().raw().body());
        while (field.find()) {
            hidden.putIfAbsent(field.group(1), field.group(2));
        }
        String key = hidden.get("idempotencyKey");
        keysSent.computeIfAbsent(author, a -> ConcurrentHashMap.newKeySet()).add(key);
        unanswered = key;
        Map<String, List<String>> form = form(step, hidden);
        Retrying.Outcome posted =
                retrying.call(ledger, () -> answer(session.post("/providers/" + provider + "/references", form)));
        unanswered = null;
        Http.Answer answer = posted.answer();
        String location = answer == null ? "" : answer.header("Location").orElse("");
        if (answer == null) {
            ledger.unresolved(key);
        } else if (answer.status() == 303 && location.contains("posted=true")) {
            ledger.acknowledged(key, provider.toString(), posted.retried());
        } else {
            if (location.startsWith("/login")) {
                signedOut.incrementAndGet();
            }
            ledger.refused(answer.status());
        }
    }

    private void noForm(Retrying.Outcome page) {
        if (page.answer() == null) {
            return;
        }
        if (page.answer().header("Location").orElse("").startsWith("/login")) {
            signedOut.incrementAndGet();
        }
        ledger.refused(page.answer().status());
    }

    private Map<String, List<String>> form(int step, Map<String, String> hidden) {
        String rating = String.valueOf(1 + ThreadLocalRandom.current().nextInt(5));
        LocalDate start = FIRST_ENGAGEMENT.plusDays(3L * step);
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("csrfToken", List.of(hidden.getOrDefault("csrfToken", "")));
        form.put("idempotencyKey", List.of(hidden.getOrDefault("idempotencyKey", "")));
        form.put(
                "companyName", List.of("Société " + UUID.randomUUID().toString().substring(0, 12)));
        form.put("services", List.of("HELPDESK"));
        form.put("mode", List.of("REMOTE"));
        form.put("start", List.of(start.toString()));
        form.put("end", List.of(start.plusDays(1).toString()));
        form.put("rating", List.of(rating));
        form.put("objectives", List.of(rating));
        form.put("responsiveness", List.of(rating));
        form.put("recommend", List.of(Integer.parseInt(rating) >= 4 ? "yes" : "no"));
        form.put("priceIncrease", List.of("no"));
        form.put("subcontracting", List.of("NO"));
        form.put("afterHoursIncident", List.of("NEVER_NEEDED"));
        form.put("comment", List.of("Mission " + step + " par le site : " + UUID.randomUUID() + "."));
        return form;
    }

    private static Http.Answer answer(HttpResponse<String> response) throws IOException {
        return new Http.Answer(response.statusCode(), Map.of(), response);
    }
}
