package io.vetted.web.requirements;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.vetted.web.advisor.AdvisorForm;
import io.vetted.web.backend.BuyerClient;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.PageContext;
import io.vetted.web.page.PageContexts;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An SME's requirements: one form, saved whole (PRG). The version read with the form goes back with
 * it, so a save made meanwhile elsewhere is not overwritten silently.
 */
@Controller(RequirementsController.PATH)
@Produces(MediaType.TEXT_HTML)
@Secured("SME")
@ExecuteOn(TaskExecutors.BLOCKING)
class RequirementsController {

    static final String PATH = "/my/requirements";

    private final BuyerClient buyer;
    private final PageContexts pages;

    RequirementsController(BuyerClient buyer, PageContexts pages) {
        this.buyer = buyer;
        this.pages = pages;
    }

    @Get
    ModelAndView<RequirementsPage> show(HttpRequest<?> request) {
        return page(request, RequirementsForm.of(buyer.requirements()), Map.of(), false);
    }

    /** The advisor's answers (its result's query string) as a draft, to check and save. */
    @Get("/from-advisor")
    ModelAndView<RequirementsPage> fromAdvisor(HttpRequest<?> request) {
        Long version = buyer.requirements().version();
        return AdvisorForm.answersOf(request.getParameters())
                .map(answers -> page(request, FromAdvisor.form(answers, version), Map.of(), true))
                .orElseGet(() -> show(request));
    }

    @Post
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, @Body RequirementsForm form) {
        PageContext ctx = pages.of(request);
        Map<String, String> errors = new LinkedHashMap<>();
        form.errors().forEach((field, key) -> errors.put(field, ctx.t(key)));
        if (errors.isEmpty()) {
            try {
                buyer.saveRequirements(form.body());
                return HttpResponse.seeOther(URI.create(PATH + "?" + PageContexts.DONE + "=requirementsSaved"));
            } catch (HttpClientResponseException e) {
                errors.putAll(FormErrors.of(e, ctx.messages())
                        .on(409, FormErrors.FORM, "buyer.requirements.stale")
                        .fields(RequirementsController::formField)
                        .map());
                if (e.code() == 409) {
                    // the latest version, so that saving again (after a look) replaces it knowingly
                    form = form.withVersion(buyer.requirements().version());
                }
            }
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, form, errors, false));
    }

    private ModelAndView<RequirementsPage> page(
            HttpRequest<?> request, RequirementsForm form, Map<String, String> errors, boolean fromAdvisor) {
        return new ModelAndView<>(
                "requirements/edit", new RequirementsPage(pages.of(request), form, errors, fromAdvisor));
    }

    /** buyer-service's names ({@code fleet.users}, {@code maxMonthlyBudgetEur}) as the form's. */
    static String formField(String apiField) {
        return switch (apiField) {
            case "fleet.users" -> "users";
            case "fleet.workstations" -> "workstations";
            case "fleet.servers" -> "servers";
            case "maxMonthlyBudgetEur" -> "budget";
            case "subcontractingAcceptable" -> "subcontracting";
            default -> apiField.startsWith("certifications") ? "certifications" : apiField;
        };
    }
}
