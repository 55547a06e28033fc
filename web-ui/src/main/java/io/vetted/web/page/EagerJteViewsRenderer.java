package io.vetted.web.page;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ViewsConfiguration;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import io.micronaut.views.jte.JteViewsRendererConfiguration;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Renders a page completely before the response starts. The stock renderer renders while writing
 * the body, after the status is sent, so a template error left the request hanging; here it
 * surfaces as an ordinary exception and becomes the 500 page.
 */
@Singleton
@Primary
@Produces(MediaType.TEXT_HTML)
@Replaces(HtmlJteViewsRenderer.class)
class EagerJteViewsRenderer<T> extends HtmlJteViewsRenderer<T> {

    EagerJteViewsRenderer(ViewsConfiguration views, JteViewsRendererConfiguration jte) {
        super(views, jte);
    }

    @Override
    @NonNull
    public Writable render(@NonNull String viewName, @Nullable T data, @Nullable HttpRequest<?> request) {
        ByteArrayOutputStream html = new ByteArrayOutputStream(8192);
        try {
            super.render(viewName, data, request).writeTo(html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(html.toByteArray());
    }

    private static final class Rendered implements Writable {

        private final byte[] utf8;

        Rendered(byte[] utf8) {
            this.utf8 = utf8;
        }

        @Override
        public void writeTo(Writer out) throws IOException {
            out.write(new String(utf8, StandardCharsets.UTF_8));
        }

        @Override
        public void writeTo(OutputStream out, Charset charset) throws IOException {
            if (charset == null || StandardCharsets.UTF_8.equals(charset)) {
                out.write(utf8);
            } else {
                Writable.super.writeTo(out, charset);
            }
        }
    }
}
