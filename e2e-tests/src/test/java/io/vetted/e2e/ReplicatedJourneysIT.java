package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.vetted.testsupport.LoadBalancer;
import io.vetted.testsupport.Platform;
import io.vetted.testsupport.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The journeys with every service as two replicas behind HAProxy (docs/SCALING.md): a visitor's
 * session and CSRF tokens hold on both web-ui replicas, sign-in failures count across replicas,
 * both review replicas relay the outbox and vendor-service applies each event once, a scheduled
 * job runs once per period, a profile edited on one replica is what every replica returns at
 * once, and a replica killed (SIGKILL) leaves the other serving: writes through the balancer go on,
 * the outbox events it had are delivered once, visitors stay signed in. Each test checks that both
 * replicas took part, reading HAProxy's counters or each replica.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicatedJourneysIT {

    private Platform platform;
    private Api api;
    private LoadBalancer balancer;
    private String site;
    // the replicas' logs are appended to by every run of this class: only later lines count
    private long digestsBefore;

    @BeforeAll
    void start() {
        Map<String, String> environment = new HashMap<>(Sessions.withModerator());
        // review's jobs: looked at every 500 ms by each replica, the digest due every 3 s
        environment.put("JOBS_POLL_INTERVAL", "500ms");
        environment.put("JOBS_INITIAL_DELAY", "2s");
        environment.put("MODERATION_DIGEST_PERIOD", "3s");
        platform = Platform.replicated(ReplicatedJourneysIT.class, environment, 2);
        api = new Api(platform);
        balancer = platform.balancer().orElseThrow();
        site = platform.address(platform.web);
        digestsBefore = digests(platform.replicas(platform.review));
    }

    @AfterAll
    void stop() {
        if (balancer != null) {
            for (String frontend : List.of("identity-service", "vendor-service", "review-service", "web-ui")) {
                System.out.printf(
                        "%s served through HAProxy: replica 1 %d, replica 2 %d%n",
                        frontend, balancer.served(frontend, 0), balancer.served(frontend, 1));
            }
        }
        if (api != null) {
            api.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aVisitorSignedUpAndInThroughTheBalancerIsSignedInOnEveryWebReplica() {
        long[] before = served("web-ui");
        String email = "sme-" + UUID.randomUUID().toString().substring(0, 8) + "@replicas-e2e.fr";
        Visitor visitor = new Visitor();

        visitor.get(site + "/register");
        Map<String, String> registration =
                Map.of("role", "SME", "displayName", "Atelier Duo", "email", email, "password", Api.PASSWORD);
        assertThat(visitor.post(site + "/register", registration).status()).isEqualTo(200);
        String token = platform.mail().token(email, "/verify");
        visitor.get(site + "/verify?token=" + token);
        assertThat(visitor.post(site + "/verify", Map.of("token", token)).status())
                .isEqualTo(303);
        visitor.get(site + "/login");
        Visitor.Page signedIn = visitor.post(site + "/login", Map.of("email", email, "password", Api.PASSWORD));

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(visitor.has(Visitor.SESSION_COOKIE)).isTrue();
        for (ServiceProcess web : platform.replicas(platform.web)) {
            assertThat(visitor.get(web.url() + "/").signedIn()).as(web.url()).isTrue();
        }
        long[] after = served("web-ui");
        assertThat(after[0] - before[0]).as("requests replica 1 served").isGreaterThanOrEqualTo(3);
        assertThat(after[1] - before[1]).as("requests replica 2 served").isGreaterThanOrEqualTo(3);
    }

    @Test
    void aFormSignedByOneWebReplicaIsAcceptedByTheOtherAndAForgedOneByNeither() {
        Api.Account account = api.signUpAccount("SME", "Cabinet Réplique");
        List<ServiceProcess> webs = platform.replicas(platform.web);
        Map<String, String> credentials = Map.of("email", account.email(), "password", Api.PASSWORD);
        Visitor forger = new Visitor();
        forger.get(webs.get(0).url() + "/login");
        for (ServiceProcess web : webs) {
            assertThat(forger.postWithToken(web.url() + "/login", credentials, "forged")
                            .status())
                    .as("forged token posted to " + web.url())
                    .isEqualTo(403);
        }

        // each form is posted to the other replica than the one whose page carried its token
        Visitor visitor = new Visitor();
        visitor.get(webs.get(0).url() + "/login");
        assertThat(visitor.post(webs.get(1).url() + "/login", credentials).status())
                .isEqualTo(303);
        assertThat(visitor.get(webs.get(1).url() + "/").signedIn()).isTrue();
        assertThat(visitor.post(webs.get(0).url() + "/logout", Map.of()).status())
                .isEqualTo(303);
        assertThat(visitor.get(webs.get(1).url() + "/").signedIn()).isFalse();
    }

    @Test
    void signInFailuresAreCountedOnceAcrossReplicasNotOncePerReplica() {
        Api.Account account = api.signUpAccount("SME", "Garage des Deux");
        long[] webBefore = served("web-ui");
        long[] identityBefore = served("identity-service");
        Visitor visitor = new Visitor();
        visitor.get(site + "/login");
        Map<String, String> wrong = Map.of("email", account.email(), "password", "pas le bon mot de passe");

        // identity allows five failures from one address on one account, then backs off (application.yml)
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(visitor.post(site + "/login", wrong).status())
                    .as("failure " + attempt)
                    .isEqualTo(401);
        }
        assertThat(visitor.post(site + "/login", wrong).status())
                .as("sixth failure")
                .isEqualTo(429);

        long[] web = delta(webBefore, served("web-ui"));
        long[] identity = delta(identityBefore, served("identity-service"));
        assertThat(Arrays.stream(web).boxed().toList())
                .as("web-ui requests per replica")
                .allMatch(n -> n >= 3);
        assertThat(Arrays.stream(identity).boxed().toList())
                .as("identity requests per replica")
                .allMatch(n -> n >= 2);
    }

    @Test
    void bothReviewReplicasRelayTheOutboxAndVendorServiceAppliesEachEventOnce() {
        UUID provider = api.publishedProvider(
                api.signUp("PROVIDER", "Duo Infogérance"), "Duo Infogérance", "Lyon", "NETWORKS", null);
        List<ServiceProcess> reviews = platform.replicas(platform.review);
        long[] before = reviews.stream().mapToLong(ReplicaReadings::delivered).toArray();

        // four clients write, then edit twice: twelve reputation changes, each an outbox event
        Api.Account author = null;
        Map<String, Object> written = null;
        for (int client = 0; client < 4; client++) {
            author = api.signUpAccount("SME", "Client " + client);
            new ReviewDatabase(platform).knownClient(author.id());
            written = api.postReference(author.accessToken(), provider, 4, "Bon suivi.")
                    .body();
            for (int rating : new int[] {2, 5}) {
                written = edit(request -> api.reviewCall(request).body(), author, written, rating);
            }
        }
        awaitEveryVendorReplicaHolds(provider, reviews, before);

        // which replica a wake-up reaches first is a race one of them can lose every time (one just
        // restarted is slower), so each then relays an edit alone, the other paused
        for (int alone = 0; alone < 2; alone++) {
            ServiceProcess relay = reviews.get(alone);
            ServiceProcess paused = reviews.get(1 - alone);
            long delivered = ReplicaReadings.delivered(relay);
            paused.pause();
            try {
                written = edit(request -> ReplicaReadings.call(relay, request), author, written, 3 + 2 * alone);
                await().atMost(Duration.ofSeconds(30)).until(() -> ReplicaReadings.delivered(relay) > delivered);
            } finally {
                paused.resume();
            }
        }
        balancer.awaitAllUp(Duration.ofSeconds(60));
        long events = awaitEveryVendorReplicaHolds(provider, reviews, before);

        long[] relayed = delta(
                before, reviews.stream().mapToLong(ReplicaReadings::delivered).toArray());
        assertThat(Arrays.stream(relayed).boxed().toList())
                .as("events each review replica relayed")
                .allMatch(n -> n > 0);
        assertThat(new ReviewDatabase(platform).outboxDrained()).isTrue();
        System.out.printf(
                "%d reputation events relayed: review replica 1 %d, replica 2 %d%n", events, relayed[0], relayed[1]);
    }

    /**
     * Waits until every vendor-service replica shows the provider's four references averaging 5 and
     * the review replicas together delivered each reputation change once; returns how many changes.
     */
    private long awaitEveryVendorReplicaHolds(UUID provider, List<ServiceProcess> reviews, long[] before) {
        Map<String, Object> reputation = api.reviewCall(HttpRequest.GET("/api/providers/" + provider + "/reputation"))
                .body();
        long events = ((Number) reputation.get("version")).longValue();
        assertThat(reputation.get("referenceCount")).isEqualTo(4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (ServiceProcess vendor : platform.replicas(platform.vendor)) {
                Map<String, Object> seen = reputationOn(vendor, provider);
                assertThat(seen.get("referenceCount")).as(vendor.url()).isEqualTo(4);
                assertThat(((Number) seen.get("averageRating")).doubleValue()).isEqualTo(5.0);
            }
            long[] relayed = delta(
                    before,
                    reviews.stream().mapToLong(ReplicaReadings::delivered).toArray());
            assertThat(relayed[0] + relayed[1])
                    .as("events delivered, both replicas together")
                    .isEqualTo(events);
        });
        return events;
    }

    private static Map<String, Object> edit(
            Function<MutableHttpRequest<?>, Map<String, Object>> send,
            Api.Account author,
            Map<String, Object> written,
            int rating) {
        Map<String, Object> edit = Api.referenceBody(rating, "Suivi revu après quelques mois.");
        edit.put("version", written.get("version"));
        return send.apply(
                HttpRequest.PUT("/api/references/" + written.get("id"), edit).bearerAuth(author.accessToken()));
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: the other tests leave the replicas' first passes behind
    void aScheduledJobRunsOncePerPeriodWhateverTheNumberOfReplicas() throws InterruptedException {
        List<ServiceProcess> reviews = platform.replicas(platform.review);
        // the first pass comes 2 s after a replica started; each replica then looks every 500 ms
        await().atMost(Duration.ofSeconds(60)).until(() -> digests(reviews) > digestsBefore);
        long first = digests(reviews);
        Thread.sleep(9_000);
        long runs = digests(reviews) - first;

        // due every 3 s: 2 to 4 runs in 9 s; each replica running it would make 6, every look 36
        assertThat(runs).isBetween(2L, 4L);
        System.out.printf(
                "moderation digest runs: %d in 9 s; in the logs of all runs review replica 1 %d, replica 2 %d%n",
                runs,
                ReplicaReadings.logLines(reviews.get(0), "Moderation digest:"),
                ReplicaReadings.logLines(reviews.get(1), "Moderation digest:"));
    }

    @Test
    void aProfileEditedThroughOneReplicaIsWhatEveryReplicaReturnsAtOnce() {
        String owner = api.signUp("PROVIDER", "Réseaux Jumeaux");
        UUID provider = api.publishedProvider(owner, "Réseaux Jumeaux", "Nantes", "NETWORKS", null);
        List<ServiceProcess> vendors = platform.replicas(platform.vendor);
        List<ServiceProcess> webs = platform.replicas(platform.web);
        String path = "/api/providers/" + provider;
        // both replicas of each have read (and could have cached) the profile before the edit
        vendors.forEach(vendor -> ReplicaReadings.call(vendor, HttpRequest.GET(path)));
        webs.forEach(web -> new Visitor().get(web.url() + "/providers/" + provider));
        Object version =
                ReplicaReadings.call(vendors.get(0), HttpRequest.GET(path)).get("version");
        String description = "Nouvelle description " + UUID.randomUUID();

        ReplicaReadings.call(
                vendors.get(0),
                HttpRequest.PUT(
                                path + "/specialties",
                                Map.of(
                                        "version",
                                        version,
                                        "specialties",
                                        List.of("NETWORKS"),
                                        "description",
                                        description))
                        .bearerAuth(owner));

        assertThat(ReplicaReadings.call(vendors.get(1), HttpRequest.GET(path)).get("description"))
                .isEqualTo(description);
        for (ServiceProcess web : webs) {
            assertThat(new Visitor().get(web.url() + "/providers/" + provider).body())
                    .as(web.url())
                    .contains(description);
        }
    }

    @Test
    void aReviewReplicaKilledWithEventsToRelayLeavesTheOtherToTakeWritesAndDeliverEachEventOnce() {
        UUID provider = api.publishedProvider(
                api.signUp("PROVIDER", "Relais Survivant"), "Relais Survivant", "Brest", "NETWORKS", null);
        List<Api.Account> authors = new ArrayList<>();
        for (int client = 0; client < 4; client++) { // five within a day would be held as a burst
            authors.add(api.signUpAccount("SME", "Client survivant " + client));
            new ReviewDatabase(platform).knownClient(authors.get(client).id());
        }
        ServiceProcess killed = platform.replicas(platform.review).get(1);
        try {
            for (Api.Account author : authors.subList(0, 2)) {
                writeAndEdit(author, provider, 4);
            }
            int leased = new ReviewDatabase(platform).leasedEvents();

            killed.kill(); // the second replica: the first stands for the service elsewhere
            // written through the balancer at once, before its checks see the replica gone
            for (Api.Account author : authors.subList(2, 4)) {
                writeAndEdit(author, provider, 2);
            }

            Map<String, Object> reputation = api.reviewCall(
                            HttpRequest.GET("/api/providers/" + provider + "/reputation"))
                    .body();
            assertThat(reputation.get("referenceCount")).isEqualTo(4);
            // a batch the killed replica had leased is delivered by the other once the lease runs out
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                for (ServiceProcess vendor : platform.replicas(platform.vendor)) {
                    Map<String, Object> seen = reputationOn(vendor, provider);
                    assertThat(seen.get("referenceCount")).as(vendor.url()).isEqualTo(4);
                    assertThat(seen.get("averageRating")).isEqualTo(reputation.get("averageRating"));
                }
                assertThat(new ReviewDatabase(platform).outboxDrained()).isTrue();
            });
            System.out.printf("review replica 2 killed with %d outbox events leased%n", leased);
        } finally {
            restart(killed);
        }
    }

    @Test
    void aWebReplicaKilledLeavesItsVisitorsSignedInThroughTheOther() {
        Api.Account account = api.signUpAccount("SME", "Cabinet Relève");
        Visitor visitor = new Visitor();
        visitor.get(site + "/login");
        assertThat(visitor.post(site + "/login", Map.of("email", account.email(), "password", Api.PASSWORD))
                        .status())
                .isEqualTo(303);
        ServiceProcess killed = platform.replicas(platform.web).get(1);
        try {
            killed.kill();

            for (int page = 0; page < 6; page++) {
                Visitor.Page home = visitor.get(site + "/");
                assertThat(home.status()).as("page " + page).isEqualTo(200);
                assertThat(home.signedIn()).as("page " + page).isTrue();
            }
        } finally {
            restart(killed);
        }
    }

    /** The provider's reputation as one vendor-service replica holds it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> reputationOn(ServiceProcess vendor, UUID provider) {
        return (Map<String, Object>) ReplicaReadings.call(vendor, HttpRequest.GET("/api/providers/" + provider))
                .get("reputation");
    }

    /** A reference through the balancer, then an edit of it: two reputation changes. */
    private void writeAndEdit(Api.Account author, UUID provider, int rating) {
        HttpResponse<Map<String, Object>> written = api.postReference(author.accessToken(), provider, 5, "Bon suivi.");
        assertThat(written.code()).isEqualTo(201);
        edit(request -> api.reviewCall(request).body(), author, written.body(), rating);
    }

    private void restart(ServiceProcess replica) {
        replica.start().awaitReady(Duration.ofSeconds(120));
        balancer.awaitAllUp(Duration.ofSeconds(60));
    }

    private static long digests(List<ServiceProcess> reviews) {
        return reviews.stream()
                .mapToLong(review -> ReplicaReadings.logLines(review, "Moderation digest:"))
                .sum();
    }

    long[] served(String frontend) {
        return new long[] {balancer.served(frontend, 0), balancer.served(frontend, 1)};
    }

    private static long[] delta(long[] before, long[] after) {
        return new long[] {after[0] - before[0], after[1] - before[1]};
    }
}
