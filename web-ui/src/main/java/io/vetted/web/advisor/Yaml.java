package io.vetted.web.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The few typed reads the rules file needs, each naming what it expected when the data is wrong. */
final class Yaml {

    private Yaml() {}

    static Map<String, Object> load(String resource) {
        try (InputStream in = Yaml.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return map(new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions())).load(in), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object yaml, String what) {
        if (yaml instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(what + " should be a mapping, not " + yaml);
    }

    static List<?> list(Object yaml, String what) {
        if (yaml instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException(what + " should be a list, not " + yaml);
    }
}
