package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.DocumentUploads;
import io.vetted.web.backend.EvidenceFiles;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.Messages;
import io.vetted.web.page.PageContexts;
import io.vetted.web.security.CsrfProtected;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Both sides of a SIREN contest may back their words with a document (a Kbis extract, a statute):
 * an optional file, checked like every upload before it reaches vendor-service, which keeps it
 * for the moderator alone.
 */
@Singleton
class ContestSubmission {

    private final VendorClient vendor;
    private final DocumentUploads documents;
    private final SectionEditor editor;
    private final PageContexts pages;

    ContestSubmission(VendorClient vendor, DocumentUploads documents, SectionEditor editor, PageContexts pages) {
        this.vendor = vendor;
        this.documents = documents;
        this.editor = editor;
        this.pages = pages;
    }

    @CsrfProtected
    HttpResponse<?> open(HttpRequest<?> request, ContestForm form, @Nullable CompletedFileUpload file) {
        VendorClient.Provider mine = editor.mine();
        Messages messages = pages.messages(request);
        byte[] content = EvidenceFiles.read(file);
        Optional<String> problem = content.length == 0 ? Optional.empty() : EvidenceFiles.problem(content);
        if (problem.isPresent()) {
            return openRefused(request, mine, form, Map.of("file", messages.get("companyCheck." + problem.get())));
        }
        try {
            Map<String, Object> body = new HashMap<>(form.body());
            document(mine, content).ifPresent(id -> body.put("documentId", id));
            vendor.openContest(mine.id(), body);
            return HttpResponse.seeOther(URI.create("/my/provider?saved=contest"));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = FormErrors.of(e, messages)
                    .on(409, FormErrors.FORM, "contest.refused")
                    .on(413, "file", "companyCheck.fileTooLarge")
                    .on(415, "file", "companyCheck.fileType")
                    .fields(field ->
                            "siren".equals(field) ? "contestSiren" : "documentId".equals(field) ? "file" : field)
                    .otherwise("field.generic")
                    .map();
            return openRefused(request, mine, form, errors);
        }
    }

    @CsrfProtected
    HttpResponse<?> answer(
            HttpRequest<?> request, UUID contestId, ContestForm form, @Nullable CompletedFileUpload file) {
        VendorClient.Provider mine = editor.mine();
        Messages messages = pages.messages(request);
        byte[] content = EvidenceFiles.read(file);
        Optional<String> problem = content.length == 0 ? Optional.empty() : EvidenceFiles.problem(content);
        if (problem.isPresent()) {
            return answerRefused(request, mine, Map.of(FormErrors.FORM, messages.get("companyCheck." + problem.get())));
        }
        try {
            Map<String, Object> body = new HashMap<>();
            body.put("statement", form.text(form.statement()).strip());
            document(mine, content).ifPresent(id -> body.put("documentId", id));
            vendor.answerContest(contestId, body);
            return HttpResponse.seeOther(URI.create("/my/provider?saved=contestAnswer"));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = FormErrors.of(e, messages)
                    .on(409, FormErrors.FORM, "contest.closed")
                    .on(413, FormErrors.FORM, "companyCheck.fileTooLarge")
                    .on(415, FormErrors.FORM, "companyCheck.fileType")
                    .fields(field -> FormErrors.FORM)
                    .otherwise("contest.answerRequired")
                    .map();
            return answerRefused(request, mine, errors);
        }
    }

    private Optional<UUID> document(VendorClient.Provider mine, byte[] content) {
        if (content.length == 0) {
            return Optional.empty();
        }
        return Optional.of(documents
                .upload(mine.id(), EvidenceFiles.type(content).orElseThrow(), content)
                .id());
    }

    private HttpResponse<?> openRefused(
            HttpRequest<?> request, VendorClient.Provider mine, ContestForm form, Map<String, String> errors) {
        return HttpResponse.unprocessableEntity()
                .body(new ModelAndView<>("provider/contest", new ContestPage(pages.of(request), mine, form, errors)));
    }

    private HttpResponse<?> answerRefused(
            HttpRequest<?> request, VendorClient.Provider mine, Map<String, String> errors) {
        return HttpResponse.unprocessableEntity()
                .body(new ModelAndView<>(
                        "provider/dashboard", new DashboardPage(pages.of(request), mine, null, errors)));
    }
}
