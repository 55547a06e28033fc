package io.vetted.support.input;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Serde reads {@code List<String>} with a built-in shortcut that decodes the strings itself,
 * bypassing {@link SafeStringDeserializer}; this takes its place so that list items are checked too.
 */
@Singleton
final class SafeStringListDeserializer implements Deserializer<List<String>> {

    private final SafeStringDeserializer strings = new SafeStringDeserializer();

    @Override
    public @Nullable List<String> deserialize(
            Decoder decoder, DecoderContext context, Argument<? super List<String>> type) throws IOException {
        List<String> items = new ArrayList<>();
        Decoder array = decoder.decodeArray();
        while (array.hasNextArrayValue()) {
            try {
                items.add(strings.deserializeNullable(array, context, Argument.STRING));
            } catch (SerdeException e) {
                e.getPath().add(ReferencePath.ofCollection(List.class, Argument.STRING, items.size()));
                throw e;
            }
        }
        array.finishStructure();
        return items;
    }

    @Override
    public @Nullable List<String> deserializeNullable(
            Decoder decoder, DecoderContext context, Argument<? super List<String>> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
