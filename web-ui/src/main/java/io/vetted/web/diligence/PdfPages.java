package io.vetted.web.diligence;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Lays out one of the site's templates as a PDF. The template is the site's own (precompiled jte,
 * XHTML so the layout engine can read it); the PDF's standard fonts have no narrow no-break space,
 * which French number formats use, so it becomes an ordinary no-break space.
 */
@Singleton
class PdfPages {

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    byte[] render(String template, Map<String, Object> model) {
        StringOutput html = new StringOutput();
        templates.render(template, model, html);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .withHtmlContent(html.toString().replace('\u202f', '\u00a0'), null)
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
