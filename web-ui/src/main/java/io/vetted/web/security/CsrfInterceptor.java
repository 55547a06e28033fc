package io.vetted.web.security;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import io.vetted.support.logging.LoggedPaths;
import jakarta.inject.Singleton;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lets a {@link CsrfProtected} handler run only when its form's token is the visitor's, signed for their session. */
@Singleton
@InterceptorBean(CsrfProtected.class)
final class CsrfInterceptor implements MethodInterceptor<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(CsrfInterceptor.class);

    private final CsrfTokenValidator<HttpRequest<?>> validator;

    CsrfInterceptor(CsrfTokenValidator<HttpRequest<?>> validator) {
        this.validator = validator;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        HttpRequest<?> request = ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("@CsrfProtected outside a request"));
        CsrfForm form = (CsrfForm) Arrays.stream(context.getParameterValues())
                .filter(CsrfForm.class::isInstance)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(context.getMethodName() + " has no CsrfForm parameter"));
        String token = form.csrfToken();
        if (token == null || token.isBlank() || !validator.validateCsrfToken(request, token)) {
            LOG.info(
                    "Rejected {} {}: missing or invalid CSRF token",
                    request.getMethod(),
                    LoggedPaths.of(request.getPath()));
            throw new CsrfRejectedException();
        }
        return context.proceed();
    }
}
