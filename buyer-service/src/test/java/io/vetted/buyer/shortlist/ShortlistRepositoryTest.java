package io.vetted.buyer.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.BuyerTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The stored side: lists per account, only a hash of a link's token, entries gone with their list. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShortlistRepositoryTest implements BuyerTest {

    @Inject
    ShortlistRepository lists;

    @Inject
    ShortlistEntryRepository entries;

    @Test
    void findsAnAccountsListsOldestFirstAndNoOneElses() {
        UUID account = UUID.randomUUID();
        Shortlist first = lists.save(list(account, "Première"));
        Shortlist second = lists.save(list(account, "Seconde"));
        lists.save(list(UUID.randomUUID(), "Ailleurs"));

        assertThat(lists.findByAccountIdOrderByCreatedAt(account))
                .extracting(Shortlist::id)
                .containsExactly(first.id(), second.id());
        assertThat(lists.countByAccountId(account)).isEqualTo(2);
        assertThat(lists.findByIdAndAccountId(first.id(), UUID.randomUUID())).isEmpty();
    }

    @Test
    void findsASharedListByTheHashOfItsTokenOnly() {
        String token = ShareTokens.generate();
        Shortlist shared =
                lists.save(list(UUID.randomUUID(), "Partagée").shared(ShareTokens.hash(token), Instant.now()));

        assertThat(lists.findByShareTokenHash(ShareTokens.hash(token)))
                .map(Shortlist::id)
                .contains(shared.id());
        assertThat(lists.findByShareTokenHash(token)).isEmpty();
        assertThat(shared.shareTokenHash()).isNotEqualTo(token).hasSize(64);
    }

    @Test
    void deletingAListDeletesItsEntries() {
        Shortlist list = lists.save(list(UUID.randomUUID(), "Éphémère"));
        entries.save(new ShortlistEntry(
                UUID.randomUUID(), list.id(), UUID.randomUUID(), null, EntryStatus.TO_CONTACT, null, null, null, null));

        lists.delete(list);

        assertThat(entries.findByShortlistIdInOrderByCreatedAt(List.of(list.id())))
                .isEmpty();
    }

    private static Shortlist list(UUID account, String name) {
        return new Shortlist(UUID.randomUUID(), account, name, null, null, null, null, null);
    }
}
