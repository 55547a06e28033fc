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

/** Checks the upload (type by content, size) before anything reaches vendor-service, then asks for the check. */
@Singleton
class CompanyCheckSubmission {

    private final VendorClient vendor;
    private final DocumentUploads documents;
    private final SectionEditor editor;
    private final PageContexts pages;

    CompanyCheckSubmission(VendorClient vendor, DocumentUploads documents, SectionEditor editor, PageContexts pages) {
        this.vendor = vendor;
        this.documents = documents;
        this.editor = editor;
        this.pages = pages;
    }

    @CsrfProtected
    HttpResponse<?> submit(HttpRequest<?> request, CompanyCheckForm form, @Nullable CompletedFileUpload file) {
        VendorClient.Provider mine = editor.mine();
        Messages messages = pages.messages(request);
        Map<String, Object> check = new HashMap<>();
        check.put("note", form.text(form.note()).strip());
        try {
            if (form.kbis()) {
                check.put("evidence", "KBIS");
                byte[] content = EvidenceFiles.read(file);
                Optional<String> problem = EvidenceFiles.problem(content);
                if (problem.isPresent()) {
                    return refused(request, mine, form, Map.of("file", messages.get("companyCheck." + problem.get())));
                }
                check.put(
                        "documentId",
                        documents
                                .upload(mine.id(), EvidenceFiles.type(content).orElseThrow(), content)
                                .id());
            } else {
                check.put("evidence", "DOMAIN_MAIL");
                check.put("contactEmail", form.text(form.contactEmail()).strip());
            }
            vendor.requestCompanyCheck(mine.id(), check);
            return HttpResponse.seeOther(URI.create("/my/provider?saved=companyCheck"));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = FormErrors.of(e, messages)
                    .on(409, FormErrors.FORM, "companyCheck.pending")
                    .on(413, "file", "companyCheck.fileTooLarge")
                    .on(415, "file", "companyCheck.fileType")
                    .fields(field -> "body".equals(field) || "documentId".equals(field) ? "file" : field)
                    .otherwise("field.generic")
                    .map();
            return refused(request, mine, form, errors);
        }
    }

    private HttpResponse<?> refused(
            HttpRequest<?> request, VendorClient.Provider mine, CompanyCheckForm form, Map<String, String> errors) {
        return HttpResponse.unprocessableEntity()
                .body(new ModelAndView<>(
                        "provider/company-check", new CompanyCheckPage(pages.of(request), mine, form, errors)));
    }
}
