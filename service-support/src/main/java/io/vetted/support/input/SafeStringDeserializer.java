package io.vetted.support.input;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.InvalidFormatException;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string read from a JSON body, in every service, refuses {@link ControlCharacters}: one
 * place instead of a constraint on each field, so a NUL can never reach PostgreSQL. The failure
 * carries the property path, which {@code ConversionErrorProblemHandler} turns into a 400 naming
 * the field.
 */
@Singleton
final class SafeStringDeserializer implements Deserializer<String> {

    @Override
    public @Nullable String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        String value = decoder.decodeString();
        int index = ControlCharacters.firstIn(value);
        if (index >= 0) {
            throw new InvalidFormatException(ControlCharacters.describe(value, index), null, value);
        }
        return value;
    }

    @Override
    public @Nullable String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
