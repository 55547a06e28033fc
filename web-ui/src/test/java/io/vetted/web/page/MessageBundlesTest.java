package io.vetted.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("\\bt\\(\"([a-zA-Z0-9_.]+)\"\\s*[,)]");

    @Test
    void frenchAndEnglishHaveExactlyTheSameKeys() throws IOException {
        for (String bundle : UiMessages.BUNDLES) {
            assertThat(bundle(bundle, "en").stringPropertyNames())
                    .as(bundle)
                    .isEqualTo(bundle(bundle, "fr").stringPropertyNames());
        }
    }

    @Test
    void noTextIsLeftEmpty() throws IOException {
        for (String bundle : UiMessages.BUNDLES) {
            for (String language : new String[] {"fr", "en"}) {
                Properties messages = bundle(bundle, language);
                assertThat(messages.stringPropertyNames())
                        .allSatisfy(key -> assertThat(messages.getProperty(key))
                                .as("%s in %s_%s", key, bundle, language)
                                .isNotBlank());
            }
        }
    }

    @Test
    void theDefaultBundlesAreTheFrenchOnes() throws IOException {
        for (String bundle : UiMessages.BUNDLES) {
            assertThat(load("i18n/" + bundle + ".properties")).as(bundle).isEqualTo(bundle(bundle, "fr"));
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : UiMessages.BUNDLES) {
            for (String key : bundle(bundle, "fr").stringPropertyNames()) {
                assertThat(seen.add(key))
                        .as("%s is defined again in %s", key, bundle)
                        .isTrue();
            }
        }
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        Properties french = new Properties();
        for (String bundle : UiMessages.BUNDLES) {
            french.putAll(bundle(bundle, "fr"));
        }
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
                Matcher keys = LITERAL_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    if (!french.containsKey(keys.group(1))) {
                        missing.add(template.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties bundle(String bundle, String language) throws IOException {
        return load("i18n/" + bundle + "_" + language + ".properties");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
