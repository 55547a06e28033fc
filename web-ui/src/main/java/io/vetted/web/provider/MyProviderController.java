package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.vetted.web.backend.Catalogs;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.PageContexts;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** A provider account's own profile: created here, completed section by section, then published. */
@Controller("/my/provider")
@Produces(MediaType.TEXT_HTML)
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class MyProviderController {

    private final VendorClient vendor;
    private final PageContexts pages;
    private final SectionEditor editor;
    private final Catalogs catalogs;

    MyProviderController(VendorClient vendor, PageContexts pages, SectionEditor editor, Catalogs catalogs) {
        this.vendor = vendor;
        this.pages = pages;
        this.editor = editor;
        this.catalogs = catalogs;
    }

    @Get("{?saved}")
    @View("provider/dashboard")
    DashboardPage mine(HttpRequest<?> request, @Nullable @QueryValue String saved) {
        return new DashboardPage(pages.of(request), editor.mine(), saved, Map.of());
    }

    @Get("/new")
    @View("provider/new")
    NewProviderPage form(HttpRequest<?> request) {
        return new NewProviderPage(pages.of(request), ProviderForm.EMPTY, Map.of(), catalogs.get());
    }

    @Post
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body ProviderForm form) {
        try {
            vendor.create(form.toRequest());
            return HttpResponse.seeOther(URI.create("/my/provider?saved=created"));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = FormErrors.of(e, pages.messages(request))
                    .on(409, FormErrors.FORM, "newProvider.exists")
                    .map();
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>(
                            "provider/new", new NewProviderPage(pages.of(request), form, errors, catalogs.get())));
        }
    }

    /** Publishes the profile or takes it back to draft; what publishing still needs is said on the page. */
    @Post("/status")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> status(HttpRequest<?> request, @Body SmallForms.StatusForm form) {
        VendorClient.Provider mine = editor.mine();
        try {
            vendor.editProfile(
                    mine.id(), "status", Map.of("version", form.version(), "status", String.valueOf(form.status())));
            return HttpResponse.seeOther(URI.create(
                    "/my/provider?saved=" + String.valueOf(form.status()).toLowerCase(Locale.ROOT)));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = FormErrors.of(e, pages.messages(request))
                    .on(409, FormErrors.FORM, "edit.conflict")
                    .fields(field -> "publish." + field)
                    .otherwise("field.generic")
                    .map();
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>(
                            "provider/dashboard", new DashboardPage(pages.of(request), editor.mine(), null, errors)));
        }
    }

    @Error(global = true, exception = SectionEditor.NoProfileYet.class)
    HttpResponse<?> noProfileYet() {
        return HttpResponse.seeOther(URI.create("/my/provider/new"));
    }
}
