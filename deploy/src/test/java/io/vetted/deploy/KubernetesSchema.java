package io.vetted.deploy;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.schema.validator.Validator;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Kubernetes (and OpenShift) OpenAPI schema that fabric8's kubernetes-model-validator ships in
 * its jar, so checking needs no network. Built-in kinds are looked up here rather than through
 * fabric8's {@code Validator}, whose name for a {@code networking.k8s.io} kind matches no definition,
 * so that NetworkPolicy and Ingress would pass unchecked. Properties the schema does not name are
 * errors; IntOrString (ports) takes a number or a name, as the API server does, where the schema
 * only says string.
 */
final class KubernetesSchema {

    private static final KubernetesSchema INSTANCE = new KubernetesSchema();

    private static final String INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";

    @SuppressWarnings("rawtypes") // swagger-models keys its components by the raw type
    private final Map<String, Schema> definitions;

    private final SchemaValidator validator;

    private KubernetesSchema() {
        var parsed = parse();
        definitions = parsed.getComponents().getSchemas();
        definitions.put(INT_OR_STRING, new ComposedSchema().anyOf(List.of(new IntegerSchema(), new StringSchema())));
        validator = new SchemaValidator(parsed, new MessageResolver());
    }

    static KubernetesSchema get() {
        return INSTANCE;
    }

    /** Everything wrong with the object, empty when the schema accepts it; an unknown kind is wrong too. */
    List<String> problems(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "core" : apiVersion.substring(0, slash).replace(".k8s.io", "");
        Schema<?> schema = (Schema<?>) definitions.get("io.k8s.api." + group + "." + apiVersion.substring(slash + 1)
                + "." + object.path("kind").asText());
        if (schema == null) {
            return List.of("no kind " + object.path("kind").asText() + " in " + apiVersion + " in the schema");
        }
        return validator.validate(() -> object, schema, "root").getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage)
                .toList();
    }

    private static io.swagger.v3.oas.models.OpenAPI parse() {
        try (InputStream in =
                Objects.requireNonNull(Validator.class.getResourceAsStream("/openshift-generated.json"))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (var extension : OpenAPIV3Parser.getExtensions()) {
                var result = extension.readContents(text, null, new ParseOptions());
                if (result.getOpenAPI() != null) {
                    return result.getOpenAPI();
                }
            }
            throw new IllegalStateException("fabric8's Kubernetes schema did not parse");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
