package io.vetted.buyer.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.BuyerTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Named shortlists of published providers, with a private note and a status per provider. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShortlistApiTest implements BuyerTest {

    @Inject
    ShortlistClient shortlists;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aBuyerCreatesRenamesListsAndDeletesShortlists() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var first = shortlists
                    .create(new ShortlistPayloads.Naming("Infogérance"))
                    .body();
            shortlists.create(new ShortlistPayloads.Naming("Sauvegarde"));

            shortlists.rename(first.id(), new ShortlistPayloads.Naming("Infogérance 2027"));
            assertThat(shortlists.shortlists())
                    .extracting(ShortlistPayloads.ShortlistView::name)
                    .containsExactly("Infogérance 2027", "Sauvegarde");

            shortlists.delete(first.id());
            assertThat(shortlists.shortlists())
                    .extracting(ShortlistPayloads.ShortlistView::name)
                    .containsExactly("Sauvegarde");
        }
    }

    @Test
    void aShortlistedProviderStartsToContactWithItsPrivateNote() {
        UUID provider = vendor().publishedProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var list = shortlists.create(new ShortlistPayloads.Naming("Liste")).body();

            var added = shortlists
                    .add(list.id(), new ShortlistPayloads.NewEntry(provider, "Vu au salon"))
                    .body();

            assertThat(added.entries()).singleElement().satisfies(e -> {
                assertThat(e.providerId()).isEqualTo(provider);
                assertThat(e.note()).isEqualTo("Vu au salon");
                assertThat(e.status()).isEqualTo(EntryStatus.TO_CONTACT);
            });
        }
    }

    @Test
    void rejectsAProviderVendorServiceDoesNotPublishNamingTheField() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var list = shortlists.create(new ShortlistPayloads.Naming("Liste")).body();

            assertThatThrownBy(() -> shortlists.add(list.id(), new ShortlistPayloads.NewEntry(UUID.randomUUID(), null)))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "providerId"));
        }
    }

    @Test
    void rejectsTheSameProviderTwiceOnOneListWith409() {
        UUID provider = vendor().publishedProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var list = shortlists.create(new ShortlistPayloads.Naming("Liste")).body();
            shortlists.add(list.id(), new ShortlistPayloads.NewEntry(provider, null));

            assertThatThrownBy(() -> shortlists.add(list.id(), new ShortlistPayloads.NewEntry(provider, null)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }
    }

    @Test
    void statusAndNoteChangeAndARejectionKeepsItsReason() {
        UUID provider = vendor().publishedProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var list = shortlists.create(new ShortlistPayloads.Naming("Liste")).body();
            shortlists.add(list.id(), new ShortlistPayloads.NewEntry(provider, null));

            var changed = shortlists.change(
                    list.id(),
                    provider,
                    new ShortlistPayloads.EntryChange(
                            "Trop cher", EntryStatus.REJECTED, "Forfait au-dessus du budget"));

            assertThat(changed.entries()).singleElement().satisfies(e -> {
                assertThat(e.status()).isEqualTo(EntryStatus.REJECTED);
                assertThat(e.rejectionReason()).isEqualTo("Forfait au-dessus du budget");
                assertThat(e.note()).isEqualTo("Trop cher");
            });
        }
    }

    @Test
    void rejectsARejectionWithoutAReasonNamingTheField() {
        UUID provider = vendor().publishedProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var list = shortlists.create(new ShortlistPayloads.Naming("Liste")).body();
            shortlists.add(list.id(), new ShortlistPayloads.NewEntry(provider, null));

            assertThatThrownBy(() -> shortlists.change(
                            list.id(), provider, new ShortlistPayloads.EntryChange(null, EntryStatus.REJECTED, " ")))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "rejectionReason"));
        }
    }

    @Test
    void aProviderTakenOffTheListIsGone() {
        UUID provider = vendor().publishedProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var list = shortlists.create(new ShortlistPayloads.Naming("Liste")).body();
            shortlists.add(list.id(), new ShortlistPayloads.NewEntry(provider, null));

            shortlists.remove(list.id(), provider);

            assertThat(shortlists.shortlist(list.id()).entries()).isEmpty();
        }
    }

    @Test
    void refusesAShortlistPastTheAccountLimitWith409() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            for (int i = 0; i < 3; i++) {
                shortlists.create(new ShortlistPayloads.Naming("Liste " + i));
            }

            assertThatThrownBy(() -> shortlists.create(new ShortlistPayloads.Naming("Une de trop")))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }
    }

    @Test
    void refusesAnEntryPastTheListLimitWith409() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var list = shortlists.create(new ShortlistPayloads.Naming("Liste")).body();
            for (int i = 0; i < 3; i++) {
                shortlists.add(list.id(), new ShortlistPayloads.NewEntry(vendor().publishedProvider(), null));
            }

            assertThatThrownBy(() -> shortlists.add(
                            list.id(), new ShortlistPayloads.NewEntry(vendor().publishedProvider(), null)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }
    }

    @Test
    void rejectsABlankNameNamingTheField() {
        var request = HttpRequest.POST("/api/buyer/shortlists", Map.of("name", " "))
                .bearerAuth(TestIssuer.shared().account("SME").token());

        assertThatThrownBy(() -> http.toBlocking().exchange(request))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "name"));
    }

    @Test
    void refusesAProviderWith403() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> shortlists.shortlists())
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }
}
