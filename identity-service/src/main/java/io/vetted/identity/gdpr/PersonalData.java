package io.vetted.identity.gdpr;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.transaction.annotation.Transactional;
import io.vetted.identity.account.AccountRepository;
import io.vetted.identity.account.AccountResponse;
import io.vetted.identity.account.AccountService;
import io.vetted.identity.account.PasswordService;
import io.vetted.identity.audit.SecurityEventRepository;
import io.vetted.identity.audit.SecurityEventType;
import io.vetted.identity.audit.SecurityLog;
import io.vetted.identity.mfa.MfaService;
import io.vetted.identity.notification.Notifications;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Export and erasure of a person's data across the services. Erasure asks vendor-service,
 * review-service and buyer-service first (each idempotent) and removes the account last, so an
 * outage midway leaves an account that can simply try again, never a half-deleted person who can
 * no longer sign in.
 */
@Singleton
class PersonalData {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalData.class);

    private final AccountService accounts;
    private final PasswordService passwords;
    private final AccountRepository accountRepository;
    private final MfaService mfa;
    private final SecurityLog log;
    private final SecurityEventRepository events;
    private final VendorDataClient vendor;
    private final ReviewDataClient review;
    private final BuyerDataClient buyer;
    private final Notifications notifications;

    PersonalData(
            AccountService accounts,
            PasswordService passwords,
            AccountRepository accountRepository,
            MfaService mfa,
            SecurityLog log,
            SecurityEventRepository events,
            VendorDataClient vendor,
            ReviewDataClient review,
            BuyerDataClient buyer,
            Notifications notifications) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.accountRepository = accountRepository;
        this.mfa = mfa;
        this.log = log;
        this.events = events;
        this.vendor = vendor;
        this.review = review;
        this.buyer = buyer;
        this.notifications = notifications;
    }

    PersonalDataPayloads.DataExport export(UUID accountId) {
        var account = AccountResponse.of(accounts.get(accountId));
        Map<String, Object> providerProfiles = call("vendor-service", () -> vendor.export(accountId));
        Map<String, Object> references = call("review-service", () -> review.export(accountId));
        Map<String, Object> workspace = call("buyer-service", () -> buyer.export(accountId));
        log.record(SecurityEventType.DATA_EXPORTED, accountId);
        return new PersonalDataPayloads.DataExport(
                Instant.now(),
                account,
                mfa.status(accountId),
                log.of(accountId),
                notifications.export(accountId),
                providerProfiles,
                references,
                workspace);
    }

    void erase(UUID accountId, String password) {
        passwords.confirm(accountId, "password", password);
        String email = accounts.get(accountId).email();
        call("vendor-service", () -> vendor.erase(accountId, email));
        call("review-service", () -> review.erase(accountId, email));
        call("buyer-service", () -> buyer.erase(accountId, email));
        removeAccount(accountId);
        log.record(SecurityEventType.ACCOUNT_DELETED, accountId);
    }

    @Transactional
    void removeAccount(UUID accountId) {
        accountRepository.deleteById(accountId);
        events.forgetAddressesOf(accountId);
    }

    private static <T> T call(String service, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (HttpClientException e) {
            LOG.warn("{} did not answer a personal-data request: {}", service, e.getMessage());
            throw ApiProblems.unavailable(
                    "Another Vetted service is unavailable; nothing was changed. Try again shortly.");
        }
    }
}
