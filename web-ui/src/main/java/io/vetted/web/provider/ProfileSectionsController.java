package io.vetted.web.provider;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.security.CsrfProtected;

/** Who the provider is, where it works, what it does. */
@Controller("/my/provider")
@Produces(MediaType.TEXT_HTML)
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProfileSectionsController {

    private final VendorClient vendor;
    private final SectionEditor editor;

    ProfileSectionsController(VendorClient vendor, SectionEditor editor) {
        this.vendor = vendor;
        this.editor = editor;
    }

    @Get("/identity")
    @View("provider/edit/identity")
    EditModel identity(HttpRequest<?> request) {
        return editor.page(request, "identity", IdentityForm.of(editor.mine()));
    }

    @Post("/identity")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> identity(HttpRequest<?> request, @Body IdentityForm form) {
        return editor.submit(
                request,
                "identity",
                form,
                mine -> vendor.editProfile(mine.id(), "identity", form.body()),
                field -> field,
                fresh -> form.withVersion(fresh.version()));
    }

    @Get("/delivery")
    @View("provider/edit/delivery")
    EditModel delivery(HttpRequest<?> request) {
        return editor.page(request, "delivery", DeliveryForm.of(editor.mine()));
    }

    @Post("/delivery")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delivery(HttpRequest<?> request, @Body DeliveryForm form) {
        return editor.submit(
                request,
                "delivery",
                form,
                mine -> vendor.editProfile(mine.id(), "delivery", form.body()),
                field -> field,
                fresh -> form.withVersion(fresh.version()));
    }

    @Get("/specialties")
    @View("provider/edit/specialties")
    EditModel specialties(HttpRequest<?> request) {
        return editor.page(request, "specialties", SpecialtiesForm.of(editor.mine()));
    }

    @Post("/specialties")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> specialties(HttpRequest<?> request, @Body SpecialtiesForm form) {
        return editor.submit(
                request,
                "specialties",
                form,
                mine -> vendor.editProfile(mine.id(), "specialties", form.body()),
                field -> field,
                fresh -> form.withVersion(fresh.version()));
    }
}
