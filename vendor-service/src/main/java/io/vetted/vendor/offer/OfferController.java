package io.vetted.vendor.offer;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.Roles;
import java.net.URI;
import java.util.UUID;

@Controller
@Secured(Roles.PROVIDER)
@ExecuteOn(TaskExecutors.BLOCKING)
class OfferController implements OfferOperations {

    private final OfferService offers;

    OfferController(OfferService offers) {
        this.offers = offers;
    }

    @Override
    public HttpResponse<OfferResponse> add(UUID id, OfferRequest offer) {
        OfferResponse created = offers.create(id, offer);
        return HttpResponse.created(created, URI.create("/api/providers/" + id + "/offers/" + created.id()));
    }

    @Override
    public OfferResponse update(UUID id, UUID offerId, OfferUpdate change) {
        return offers.update(id, offerId, change);
    }

    @Override
    public HttpResponse<Void> withdraw(UUID id, UUID offerId, long version) {
        offers.withdraw(id, offerId, version);
        return HttpResponse.noContent();
    }
}
