package io.vetted.web.provider;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.BackendProblem;
import io.vetted.web.backend.Catalogs;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.Messages;
import io.vetted.web.page.PageContext;
import io.vetted.web.page.PageContexts;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The round trip of every profile form: send the change, then back to the profile (303); on
 * invalid input the form again with messages next to its fields (422); when someone saved in the
 * meantime (409) the form again with the visitor's input kept and the fresh version, so nothing typed
 * is lost and nothing of theirs is overwritten unseen. A 409 that names a field is not that: the
 * value is another profile's (a SIREN), said next to the field with the way forward.
 */
@Singleton
class SectionEditor {

    /** A change to the profile it belongs to, sent as the signed-in owner (see VisitorTokenForwarding). */
    interface Change {
        void send(VendorClient.Provider provider);
    }

    private final VendorClient vendor;
    private final PageContexts pages;
    private final Catalogs catalogs;

    SectionEditor(VendorClient vendor, PageContexts pages, Catalogs catalogs) {
        this.vendor = vendor;
        this.pages = pages;
        this.catalogs = catalogs;
    }

    VendorClient.Provider mine() {
        VendorClient.Provider mine = vendor.mine();
        if (mine == null) {
            throw new NoProfileYet();
        }
        return mine;
    }

    EditModel page(HttpRequest<?> request, String section, Object form) {
        PageContext ctx = pages.of(request);
        return new EditModel(ctx, new EditPage(ctx, mine(), form, Map.of(), false, catalogs.get(), section, Set.of()));
    }

    HttpResponse<?> submit(
            HttpRequest<?> request,
            String section,
            Object form,
            Change change,
            UnaryOperator<String> formField,
            Function<VendorClient.Provider, Object> refreshed) {
        return submit(request, section, "/my/provider?saved=" + section, form, change, formField, refreshed);
    }

    HttpResponse<?> submit(
            HttpRequest<?> request,
            String section,
            String done,
            Object form,
            Change change,
            UnaryOperator<String> formField,
            Function<VendorClient.Provider, Object> refreshed) {
        VendorClient.Provider provider = mine();
        try {
            change.send(provider);
            return HttpResponse.seeOther(URI.create(done));
        } catch (HttpClientResponseException e) {
            if (e.code() == HttpStatus.CONFLICT.getCode()) {
                Set<String> taken = BackendProblem.of(e).fieldErrors().keySet();
                if (!taken.isEmpty()) {
                    Messages messages = pages.messages(request);
                    Map<String, String> errors = new LinkedHashMap<>();
                    taken.forEach(field -> errors.put(
                            formField.apply(field),
                            messages.find("taken." + field).orElseGet(() -> messages.get("field.generic"))));
                    return render(request, section, provider, form, errors, false, taken);
                }
                VendorClient.Provider fresh = mine();
                return render(request, section, fresh, refreshed.apply(fresh), Map.of(), true, Set.of());
            }
            if (e.code() != 400 && e.code() != 422) {
                throw e;
            }
            Map<String, String> errors = FormErrors.of(e, pages.messages(request))
                    .fields(formField)
                    .otherwise("field.generic")
                    .map();
            return render(request, section, provider, form, errors, false, Set.of());
        }
    }

    /** The form again with {@code errors} (422), sending nothing: what the site itself asks of the owner first. */
    HttpResponse<?> refuse(HttpRequest<?> request, String section, Object form, Map<String, String> errors) {
        return render(request, section, mine(), form, errors, false, Set.of());
    }

    private HttpResponse<?> render(
            HttpRequest<?> request,
            String section,
            VendorClient.Provider provider,
            Object form,
            Map<String, String> errors,
            boolean conflict,
            Set<String> taken) {
        PageContext ctx = pages.of(request);
        EditPage page = new EditPage(ctx, provider, form, errors, conflict, catalogs.get(), section, taken);
        return HttpResponse.status(conflict ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("provider/edit/" + section, new EditModel(ctx, page)));
    }

    /** The owner has no profile yet: the section pages send them to create one. */
    static final class NoProfileYet extends RuntimeException {
        NoProfileYet() {
            super(null, null, false, false);
        }
    }
}
