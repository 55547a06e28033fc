package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContexts;
import java.util.Set;

/** A client's own references, withdrawn ones included, with the way to edit or withdraw each. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured("SME")
@ExecuteOn(TaskExecutors.BLOCKING)
class MyReferencesController {

    private static final Set<String> NOTICES = Set.of("edited", "withdrawn");

    private final ReviewClient reviews;
    private final PageContexts pages;

    MyReferencesController(ReviewClient reviews, PageContexts pages) {
        this.reviews = reviews;
        this.pages = pages;
    }

    @Get("/my/references{?done}")
    @View("reference/mine")
    MyReferencesPage mine(HttpRequest<?> request, @Nullable @QueryValue String done) {
        return new MyReferencesPage(
                pages.of(request),
                reviews.mine(),
                done != null && NOTICES.contains(done) ? "reference.done." + done : null);
    }
}
