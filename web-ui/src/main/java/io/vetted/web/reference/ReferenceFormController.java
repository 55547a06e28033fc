package io.vetted.web.reference;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.BackendProblem;
import io.vetted.web.backend.BackendToken;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.FieldErrors;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.provider.ProviderPages;
import io.vetted.web.security.CsrfProtected;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

@Controller
@Secured("SME")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReferenceFormController {

    private final ReviewClient reviews;
    private final BackendToken token;
    private final ProviderPages providerPages;
    private final ReferenceSections sections;
    private final PageContexts pages;

    ReferenceFormController(ReviewClient reviews, BackendToken token, ProviderPages providerPages,
                            ReferenceSections sections, PageContexts pages) {
        this.reviews = reviews;
        this.token = token;
        this.providerPages = providerPages;
        this.sections = sections;
        this.pages = pages;
    }

    @Post("/providers/{id}/references")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> post(HttpRequest<?> request, @PathVariable UUID id, @Body ReferenceForm form) {
        try {
            reviews.create(token.bearer(request), id,
                    new ReviewClient.NewReference(form.ratingValue(), form.commentOrEmpty()));
            return HttpResponse.seeOther(URI.create("/providers/" + id + "?posted=true#references"));
        } catch (HttpClientResponseException e) {
            BackendProblem problem = BackendProblem.of(e);
            if (problem.status() == HttpStatus.NOT_FOUND.getCode()) {
                throw new PageNotFoundException();
            }
            if (problem.status() >= 500) {
                throw e;
            }
            Map<String, String> errors = problem.status() == HttpStatus.CONFLICT.getCode()
                    ? Map.of("form", pages.messages(request).get("reference.alreadyPosted"))
                    : FieldErrors.of(problem, pages.messages(request));
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>("provider/show", providerPages.page(request, id,
                            providerId -> sections.section(providerId, form, errors, null))));
        }
    }
}
