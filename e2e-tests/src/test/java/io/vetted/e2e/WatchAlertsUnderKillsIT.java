package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Platform;
import io.vetted.testsupport.ServiceProcess;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A price rise watched by thousands of buyers, with the process that carries it killed (SIGKILL)
 * while it does: each watcher still ends up with exactly one alert, and the watcher who takes mail
 * gets exactly one mail. Each kill is made to land inside the work it interrupts: the test watches
 * the databases and kills the moment that work is under way, and says so if it never caught it.
 */
@OnPlatform(webUi = false)
class WatchAlertsUnderKillsIT {

    private static final int COPIES = 4000;
    private static final int WATCHERS = COPIES + 1;

    private Platform platform;
    private Api api;
    private QuoteRequests buyers;
    private WatchedProvider provider;
    private Api.Account watcher;
    private Api.Account bystander;
    private AlertState alerts;

    @BeforeAll
    void watchOneProviderFromThousandsOfAccounts() {
        buyers = new QuoteRequests(platform);
        alerts = new AlertState(platform);
        provider = WatchedProvider.publish(api, "Lorient Infogérance");
        watcher = api.signUpAccount("SME", "Cabinet Le Goff");
        bystander = api.signUpAccount("SME", "Cabinet Tanguy");
        String shortlist = buyers.shortlist(watcher.accessToken(), provider.id());
        Watchers.copy(platform, watcher.id(), UUID.fromString(shortlist), COPIES, false);
    }

    @AfterAll
    void close() throws Exception {
        buyers.close();
        alerts.close();
    }

    @Test
    void aBuyerServiceKilledWhileHandingAlertsToIdentityLeavesOneAlertPerWatcher() {
        UUID event = killDuring(platform.buyer, () -> alerts.handingOver(provider.id()));
        assertExactlyOneAlertPerWatcher(event);
    }

    @Test
    void anIdentityServiceKilledWhileStoringAlertsLeavesOneAlertPerWatcher() {
        UUID event = killDuring(platform.identity, () -> alerts.storing(provider.id()));
        assertExactlyOneAlertPerWatcher(event);
    }

    @Test
    void aVendorServiceKilledWhileItsEventIsBeingDeliveredRedeliversItWithoutASecondAlert() {
        UUID event = killDuring(platform.vendor, () -> alerts.handingOver(provider.id()));
        assertExactlyOneAlertPerWatcher(event);
        // the killed relay's lease runs out and its restarted process delivers the event again
        await(Duration.ofSeconds(90), () -> alerts.outboxEvents(provider.id()) == 0);
        assertExactlyOneAlertPerWatcher(event);
    }

    /** Raises the price until a kill lands inside the work {@code underWay} sees (at most 5 tries). */
    private UUID killDuring(ServiceProcess service, Supplier<UUID> underWay) {
        for (int attempt = 0; attempt < 5; attempt++) {
            await(Duration.ofSeconds(60), () -> alerts.allDelivered(provider.id()));
            provider.raise(api);
            UUID caught = AlertState.poll(Duration.ofSeconds(20), underWay);
            if (caught != null) {
                platform.kill(service);
                platform.restart(service);
                return caught;
            }
        }
        throw new AssertionError("No kill of " + service.name() + " landed inside the delivery in 5 price rises");
    }

    private void assertExactlyOneAlertPerWatcher(UUID event) {
        await(Duration.ofSeconds(60), () -> alerts.notifications(event).total() >= WATCHERS);
        assertThat(alerts.notifications(event)).isEqualTo(new AlertState.Count(WATCHERS, WATCHERS));
        assertThat(alerts.notified(event, watcher.id())).isTrue();
        assertThat(alerts.notified(event, bystander.id())).isFalse();
        await(Duration.ofSeconds(30), () -> alerts.mailsQueued(watcher.id()) == 0);
        String subject = alerts.subject(event, watcher.id());
        assertThat(platform.mail().subjects(watcher.email()).stream()
                        .filter(mailed -> mailed.contains(subject))
                        .count())
                .isEqualTo(1);
    }

    private static void await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not so after " + timeout);
            }
            AlertState.pause(100);
        }
    }
}
