package io.vetted.web.page;

import org.junit.jupiter.api.Test;

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

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("\\bt\\(\"([a-zA-Z0-9_.]+)\"\\s*[,)]");

    @Test
    void frenchAndEnglishHaveExactlyTheSameKeys() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(bundle("fr").stringPropertyNames());
    }

    @Test
    void noTextIsLeftEmpty() throws IOException {
        for (String language : new String[]{"fr", "en"}) {
            Properties messages = bundle(language);
            assertThat(messages.stringPropertyNames()).allSatisfy(key ->
                    assertThat(messages.getProperty(key)).as("%s in %s", key, language).isNotBlank());
        }
    }

    @Test
    void theDefaultBundleIsTheFrenchOne() throws IOException {
        assertThat(load("i18n/messages.properties")).isEqualTo(bundle("fr"));
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        Properties french = bundle("fr");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
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

    private static Properties bundle(String language) throws IOException {
        return load("i18n/messages_" + language + ".properties");
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
