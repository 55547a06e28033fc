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
import io.vetted.web.provider.PracticesForms.DueDiligenceForm;
import io.vetted.web.provider.PracticesForms.SubcontractingForm;
import io.vetted.web.security.CsrfProtected;

/** How the provider works: its SLA, what it subcontracts, its answers to the due-diligence questions. */
@Controller("/my/provider")
@Produces(MediaType.TEXT_HTML)
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class PracticesController {

    private final VendorClient vendor;
    private final SectionEditor editor;

    PracticesController(VendorClient vendor, SectionEditor editor) {
        this.vendor = vendor;
        this.editor = editor;
    }

    @Get("/sla")
    @View("provider/edit/sla")
    EditModel sla(HttpRequest<?> request) {
        return editor.page(request, "sla", SlaForm.of(editor.mine().sla()));
    }

    @Post("/sla")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> sla(HttpRequest<?> request, @Body SlaForm form) {
        return editor.submit(
                request,
                "sla",
                form,
                mine -> vendor.editSection(mine.id(), "sla", form.body()),
                SlaForm::formField,
                fresh -> form.withVersion(fresh.sla().version()));
    }

    @Get("/subcontracting")
    @View("provider/edit/subcontracting")
    EditModel subcontracting(HttpRequest<?> request) {
        return editor.page(
                request, "subcontracting", SubcontractingForm.of(editor.mine().subcontracting()));
    }

    @Post("/subcontracting")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> subcontracting(HttpRequest<?> request, @Body SubcontractingForm form) {
        return editor.submit(
                request,
                "subcontracting",
                form,
                mine -> vendor.editSection(mine.id(), "subcontracting", form.body()),
                field -> field,
                fresh -> form.withVersion(fresh.subcontracting().version()));
    }

    @Get("/due-diligence")
    @View("provider/edit/due-diligence")
    EditModel dueDiligence(HttpRequest<?> request) {
        return editor.page(
                request, "due-diligence", DueDiligenceForm.of(editor.mine().dueDiligence()));
    }

    @Post("/due-diligence")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> dueDiligence(HttpRequest<?> request, @Body DueDiligenceForm form) {
        return editor.submit(
                request,
                "due-diligence",
                form,
                mine -> vendor.editSection(mine.id(), "due-diligence", form.body()),
                field -> field,
                fresh -> form.withVersion(fresh.dueDiligence().version()));
    }
}
