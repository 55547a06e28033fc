package io.vetted.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the documents of a YAML file as Jackson trees (kubectl's view: one object per document). */
final class Yaml {

    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private Yaml() {}

    static List<ObjectNode> documents(Path file) {
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode document : nodes(file)) {
            if (!(document instanceof ObjectNode object)) {
                throw new IllegalArgumentException(file + ": a document is not an object: " + document);
            }
            objects.add(object);
        }
        return objects;
    }

    /** Every document of the file, whatever its shape (a JSON patch is a list). */
    static List<JsonNode> nodes(Path file) {
        try (var parser = MAPPER.getFactory().createParser(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            for (var it = MAPPER.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document); // skips empty documents, e.g. after a trailing ---
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static ObjectNode single(Path file) {
        if (tree(file) instanceof ObjectNode object) {
            return object;
        }
        throw new IllegalArgumentException(file + " must hold one object");
    }

    /** A file of one document of any shape. */
    static JsonNode tree(Path file) {
        List<JsonNode> documents = nodes(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + " must hold one document, not " + documents.size());
        }
        return documents.get(0);
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
