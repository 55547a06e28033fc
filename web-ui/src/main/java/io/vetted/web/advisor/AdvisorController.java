package io.vetted.web.advisor;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.vetted.web.page.PageContext;
import io.vetted.web.page.PageContexts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outsourcing advisor, public. The questionnaire is sent with GET: it changes nothing, so it
 * needs no CSRF token, and its result is an address the buyer can bookmark or send. Answers that
 * do not make sense show the questionnaire again (200, as any page), each message next to its field.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class AdvisorController {

    static final String PATH = "/advisor";

    private final Advisor advisor;
    private final PageContexts pages;

    AdvisorController(Advisor advisor, PageContexts pages) {
        this.advisor = advisor;
        this.pages = pages;
    }

    /** The questionnaire, filled in with the answers of the address when coming back to change them. */
    @Get(PATH)
    @View("advisor/form")
    AdvisorPage questions(HttpRequest<?> request) {
        AdvisorForm form = AdvisorForm.of(request.getParameters());
        return new AdvisorPage(pages.of(request), form, Map.of());
    }

    @Get(PATH + "/result")
    ModelAndView<Object> result(HttpRequest<?> request) {
        PageContext ctx = pages.of(request);
        AdvisorForm form = AdvisorForm.of(request.getParameters());
        if (!form.valid()) {
            Map<String, String> messages = new LinkedHashMap<>();
            form.errors().forEach((field, key) -> messages.put(field, ctx.t(key)));
            return new ModelAndView<>("advisor/form", new AdvisorPage(ctx, form, messages));
        }
        return new ModelAndView<>("advisor/result", new AdvisorResultPage(ctx, form, advisor.advise(form.answers())));
    }
}
