package io.vetted.support.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.exceptions.InvalidFormatException;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * A body or parameter that cannot be read into its type: 400 naming the field as the client wrote
 * it and what was wrong with the value, without Java type names.
 */
@Singleton
@Produces
@Replaces(ConversionErrorHandler.class)
final class ConversionErrorProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    ConversionErrorProblemHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        Throwable cause = exception.getConversionError().getCause();
        String field = exception.getArgument().getName();
        String message = "has an invalid value";
        if (cause instanceof SerdeException serde) {
            String path = fieldPath(serde.getPath());
            field = path.isEmpty() ? field : path;
            message = describe(serde);
        }
        var problem = ApiProblems.invalidField(HttpStatus.BAD_REQUEST, field, message);
        return processor.processResponse(
                ErrorContext.builder(request).cause(problem).build(), HttpResponse.badRequest());
    }

    private static String describe(SerdeException serde) {
        Throwable innermost = serde;
        while (innermost instanceof InvalidPropertyFormatException && innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        String text = firstLine(innermost.getMessage());
        return innermost instanceof InvalidFormatException ? text : "is not valid JSON here: " + text;
    }

    static String fieldPath(List<ReferencePath> path) {
        StringBuilder field = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            ReferencePath element = path.get(i);
            if (element instanceof PropertyReferencePath property) {
                field.append(field.length() == 0 ? "" : ".")
                        .append(property.property().getName());
            } else if (element instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
            } else if (element instanceof MapItemReferencePath entry) {
                field.append("[\"").append(entry.key()).append("\"]");
            }
        }
        return field.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable value";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
