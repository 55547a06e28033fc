package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.util.UUID;

@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProviderPageController {

    private final ProviderPages pages;

    ProviderPageController(ProviderPages pages) {
        this.pages = pages;
    }

    @Get("/providers/{id}{?posted,reviewed}")
    @View("provider/show")
    ProviderPage show(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Nullable @QueryValue Boolean posted,
            @Nullable @QueryValue Boolean reviewed) {
        String notice = Boolean.TRUE.equals(posted)
                ? "reference.published"
                : Boolean.TRUE.equals(reviewed) ? "claim.reviewed" : null;
        return pages.page(request, id, notice);
    }
}
