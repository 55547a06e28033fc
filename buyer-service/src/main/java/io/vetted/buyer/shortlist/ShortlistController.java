package io.vetted.buyer.shortlist;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vetted.buyer.vendor.VendorDirectory;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import io.vetted.support.problem.ApiProblems;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller
@Secured(Roles.SME)
@ExecuteOn(TaskExecutors.BLOCKING)
class ShortlistController implements ShortlistOperations {

    private final ShortlistService shortlists;
    private final VendorDirectory vendor;
    private final CurrentUser currentUser;

    ShortlistController(ShortlistService shortlists, VendorDirectory vendor, CurrentUser currentUser) {
        this.shortlists = shortlists;
        this.vendor = vendor;
        this.currentUser = currentUser;
    }

    @Override
    public List<ShortlistPayloads.ShortlistView> shortlists() {
        return shortlists.all(currentUser.accountId());
    }

    @Override
    public HttpResponse<ShortlistPayloads.ShortlistView> create(ShortlistPayloads.Naming request) {
        var created = shortlists.create(currentUser.accountId(), request.name());
        return HttpResponse.created(created, URI.create("/api/buyer/shortlists/" + created.id()));
    }

    @Override
    public ShortlistPayloads.ShortlistView shortlist(UUID id) {
        return shortlists.one(id, currentUser.accountId());
    }

    @Override
    public ShortlistPayloads.ShortlistView rename(UUID id, ShortlistPayloads.Naming request) {
        return shortlists.rename(id, currentUser.accountId(), request.name());
    }

    @Override
    public HttpResponse<Void> delete(UUID id) {
        shortlists.delete(id, currentUser.accountId());
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<ShortlistPayloads.ShortlistView> add(UUID id, ShortlistPayloads.NewEntry request) {
        UUID account = currentUser.accountId();
        // the list first (404 for others' ids), then vendor-service, outside any transaction
        shortlists.one(id, account);
        if (!vendor.isPublished(request.providerId())) {
            throw ApiProblems.unprocessable("providerId", "is not a published provider");
        }
        var changed = shortlists.add(id, account, request);
        return HttpResponse.created(changed, URI.create("/api/buyer/shortlists/" + id));
    }

    @Override
    public ShortlistPayloads.ShortlistView change(UUID id, UUID providerId, ShortlistPayloads.EntryChange request) {
        return shortlists.change(id, currentUser.accountId(), providerId, request);
    }

    @Override
    public HttpResponse<Void> remove(UUID id, UUID providerId) {
        shortlists.remove(id, currentUser.accountId(), providerId);
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<ShortlistPayloads.ShareLink> share(UUID id) {
        String token = shortlists.share(id, currentUser.accountId());
        String path = "/api/buyer/shared-shortlists/" + token;
        return HttpResponse.created(new ShortlistPayloads.ShareLink(token, path), URI.create(path));
    }

    @Override
    public HttpResponse<Void> unshare(UUID id) {
        shortlists.unshare(id, currentUser.accountId());
        return HttpResponse.noContent();
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public ShortlistPayloads.SharedShortlist shared(String token) {
        return shortlists.shared(token);
    }
}
