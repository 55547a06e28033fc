package io.vetted.web.diligence;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.web.page.PageContexts;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The due-diligence pack of one of the buyer's shortlists, as a PDF in the visitor's language:
 * requirements, the providers side by side, the questions to ask each and the contract checklist.
 */
@Controller
@Secured("SME")
@ExecuteOn(TaskExecutors.BLOCKING)
class DiligenceController {

    private final DiligencePacks packs;
    private final PdfPages pdf;
    private final PageContexts pages;

    DiligenceController(DiligencePacks packs, PdfPages pdf, PageContexts pages) {
        this.packs = packs;
        this.pdf = pdf;
        this.pages = pages;
    }

    @Get("/my/shortlists/{id}/pack.pdf")
    HttpResponse<byte[]> pack(HttpRequest<?> request, @PathVariable UUID id) {
        DiligencePack pack = packs.of(id);
        byte[] document = pdf.render("diligence/pack.jte", Map.of("ctx", pages.of(request), "pack", pack));
        return HttpResponse.ok(document)
                .contentType(MediaType.of("application/pdf"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(pack) + "\"");
    }

    /** vetted-<shortlist name in ASCII>.pdf: a header value must stay plain ASCII. */
    static String fileName(DiligencePack pack) {
        String slug = Normalizer.normalize(pack.shortlistName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "vetted-" + (slug.isEmpty() ? "shortlist" : slug.substring(0, Math.min(60, slug.length()))) + ".pdf";
    }
}
