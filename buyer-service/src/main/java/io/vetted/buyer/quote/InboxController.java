package io.vetted.buyer.quote;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import io.vetted.support.problem.ApiProblems;
import java.util.List;
import java.util.UUID;

/** Which provider the caller acts for is vendor-service's answer, asked on every request. */
@Controller
@Secured(Roles.PROVIDER)
@ExecuteOn(TaskExecutors.BLOCKING)
class InboxController implements InboxOperations {

    private final InboxService inbox;
    private final QuoteVendor vendor;
    private final CurrentUser currentUser;

    InboxController(InboxService inbox, QuoteVendor vendor, CurrentUser currentUser) {
        this.inbox = inbox;
        this.vendor = vendor;
        this.currentUser = currentUser;
    }

    @Override
    public List<QuotePayloads.InboxQuote> inbox() {
        UUID provider = vendor.callersProvider();
        return provider == null ? List.of() : inbox.inbox(provider);
    }

    @Override
    public QuotePayloads.InboxQuote request(UUID id) {
        return inbox.one(provider(id), id);
    }

    @Override
    public QuotePayloads.InboxQuote answer(UUID id, QuotePayloads.Answer answer) {
        return inbox.answer(provider(id), currentUser.accountId(), id, answer);
    }

    @Override
    public QuotePayloads.InboxQuote post(UUID id, QuotePayloads.NewMessage message) {
        return inbox.post(provider(id), currentUser.accountId(), id, message.body());
    }

    private UUID provider(UUID id) {
        UUID provider = vendor.callersProvider();
        if (provider == null) {
            throw ApiProblems.notFound("No quote request with id " + id + " for your provider");
        }
        return provider;
    }
}
