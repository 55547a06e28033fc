package io.vetted.review.reference;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Every whole number this service reads from JSON (ratings, criteria, team sizes...) must be written
 * as one: {@code 4.5} is refused rather than truncated to 4, {@code true} and {@code "5"} rather than
 * coerced. A trailing {@code .0} is still the same whole number.
 */
@Singleton
@Order(-100)
class WholeNumbers implements Deserializer<Integer> {

    @Override
    public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
            throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Long
                || value instanceof BigInteger
                || value instanceof BigDecimal
                || value instanceof Double
                || value instanceof Float) {
            BigDecimal number = new BigDecimal(value.toString());
            try {
                return number.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                throw decoder.createDeserializationException("must be a whole number, not " + value, value);
            }
        }
        throw decoder.createDeserializationException(
                "must be a whole number, not " + (value instanceof String ? "text" : String.valueOf(value)), value);
    }

    @Override
    public Integer deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
            throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }

    @Override
    public boolean allowNull() {
        return true;
    }
}
