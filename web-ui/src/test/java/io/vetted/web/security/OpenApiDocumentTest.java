package io.vetted.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.vetted.web.SiteTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The authorization matrix (AuthorizationMatrixIT in e2e-tests) enumerates the site's pages and
 * forms from its OpenAPI document: the document must list every route, so none escapes the matrix.
 */
@MicronautTest(startApplication = false)
class OpenApiDocumentTest implements SiteTest {

    private static final String DOCUMENT = "/META-INF/swagger/vetted-web-ui-0.1.yml";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Inject
    Router router;

    @Test
    void listsEveryRouteOfTheSite() throws IOException {
        // every GET route has an implicit HEAD twin running the same handler: the GET stands for both
        Set<String> routes = router.uriRoutes()
                .filter(route -> route.getTargetMethod()
                        .getDeclaringType()
                        .getPackageName()
                        .startsWith("io.vetted.web"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .map(route -> route.getHttpMethod() + " "
                        + route.getUriMatchTemplate().toPathString())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(documented()).hasSizeGreaterThan(50).isEqualTo(routes);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> documented() throws IOException {
        try (InputStream in =
                Objects.requireNonNull(OpenApiDocumentTest.class.getResourceAsStream(DOCUMENT), DOCUMENT)) {
            Map<String, Object> document = new Yaml().load(in);
            Set<String> documented = new TreeSet<>();
            ((Map<String, Map<String, Object>>) document.get("paths"))
                    .forEach((path, operations) -> operations.keySet().stream()
                            .filter(METHODS::contains)
                            .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));
            return documented;
        }
    }
}
