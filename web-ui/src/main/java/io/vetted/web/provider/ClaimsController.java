package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.provider.SmallForms.ClaimForm;
import io.vetted.web.security.CsrfProtected;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Security and compliance claims with their evidence; a change makes a verified claim self-declared again. */
@Controller("/my/provider/compliance")
@Produces(MediaType.TEXT_HTML)
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class ClaimsController {

    private static final Pattern TOPIC = Pattern.compile("[A-Z0-9_]{2,40}");

    private final VendorClient vendor;
    private final SectionEditor editor;

    ClaimsController(VendorClient vendor, SectionEditor editor) {
        this.vendor = vendor;
        this.editor = editor;
    }

    @Get("{?saved}")
    @View("provider/edit/compliance")
    EditModel claims(HttpRequest<?> request, @Nullable @QueryValue String saved) {
        VendorClient.Provider mine = editor.mine();
        return editor.page(request, "compliance", new ClaimsEdit(saved, null, mine.compliance()));
    }

    @Post("/{topic}")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> declare(HttpRequest<?> request, @PathVariable String topic, @Body ClaimForm form) {
        checkTopic(topic);
        Map<String, Object> body = new HashMap<>();
        body.put("version", form.version());
        body.put("detail", FormValues.orEmpty(form.detail()));
        body.put("evidence", FormValues.orEmpty(form.evidence()));
        return editor.submit(
                request,
                "compliance",
                "/my/provider/compliance?saved=" + topic,
                new ClaimsEdit(topic, form, editor.mine().compliance()),
                mine -> vendor.declareClaim(mine.id(), topic, body),
                field -> field,
                fresh -> {
                    var current = fresh.compliance().stream()
                            .filter(c -> c.topic().equals(topic))
                            .findFirst();
                    ClaimForm kept = new ClaimForm(
                            form.csrfToken(),
                            current.map(c -> c.version()).orElse(null),
                            form.detail(),
                            form.evidence());
                    return new ClaimsEdit(topic, kept, fresh.compliance());
                });
    }

    @Post("/{topic}/withdraw")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(HttpRequest<?> request, @PathVariable String topic, @Body SmallForms.WithdrawForm form) {
        checkTopic(topic);
        return editor.submit(
                request,
                "compliance",
                "/my/provider/compliance",
                new ClaimsEdit(topic, null, editor.mine().compliance()),
                mine -> vendor.withdrawClaim(mine.id(), topic, form.version()),
                field -> field,
                fresh -> new ClaimsEdit(topic, null, fresh.compliance()));
    }

    private static void checkTopic(String topic) {
        if (!TOPIC.matcher(topic).matches()) {
            throw new PageNotFoundException();
        }
    }
}
