package io.vetted.review.contact;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller
@Secured(Roles.SME)
@ExecuteOn(TaskExecutors.BLOCKING)
class ContactController implements ContactOperations {

    private final ContactService contacts;
    private final CurrentUser currentUser;

    ContactController(ContactService contacts, CurrentUser currentUser) {
        this.contacts = contacts;
        this.currentUser = currentUser;
    }

    @Override
    public HttpResponse<ContactRequestResponse> ask(UUID id, ContactRequests.Ask request) {
        ContactRequestResponse created = contacts.ask(
                id, currentUser.accountId(), currentUser.attribute("name").orElse("Client"), request);
        return HttpResponse.created(created, URI.create("/api/contact-requests/sent"));
    }

    @Override
    public List<ContactRequestResponse> received() {
        return contacts.received(currentUser.accountId());
    }

    @Override
    public List<ContactRequestResponse> sent() {
        return contacts.sent(currentUser.accountId());
    }

    @Override
    public ContactRequestResponse accept(UUID id, ContactRequests.Accept request) {
        return contacts.decide(id, currentUser.accountId(), ContactStatus.ACCEPTED, request.contactDetails());
    }

    @Override
    public ContactRequestResponse decline(UUID id) {
        return contacts.decide(id, currentUser.accountId(), ContactStatus.DECLINED, null);
    }
}
