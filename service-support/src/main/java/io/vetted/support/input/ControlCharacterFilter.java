package io.vetted.support.input;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.vetted.support.problem.ApiProblems;
import java.util.List;
import java.util.Map;

/**
 * The other half of {@link SafeStringDeserializer}: query parameters (search texts, filters) and
 * the path (slugs, tokens) refuse {@link ControlCharacters} before any route runs, with a 400 naming
 * the parameter. Runs before security and
 * after web-ui's error pages, so that a visitor gets the page, not the problem body.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ControlCharacterFilter implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.SESSION.after() + 100;
    }

    @RequestFilter
    void refuseControlCharacters(HttpRequest<?> request) {
        String path = request.getUri().getRawPath();
        int inPath = ControlCharacters.firstEncodedIn(path);
        if (inPath >= 0) {
            char c = path.charAt(inPath) == '%'
                    ? (char) Integer.parseInt(path.substring(inPath + 1, inPath + 3), 16)
                    : path.charAt(inPath);
            throw ApiProblems.invalidField(HttpStatus.BAD_REQUEST, "path", ControlCharacters.describe(c));
        }
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            for (String value : parameter.getValue()) {
                int index = ControlCharacters.firstIn(value);
                if (index >= 0) {
                    throw ApiProblems.invalidField(
                            HttpStatus.BAD_REQUEST,
                            printable(parameter.getKey()),
                            ControlCharacters.describe(value, index));
                }
            }
            int inName = ControlCharacters.firstIn(parameter.getKey());
            if (inName >= 0) {
                throw ApiProblems.invalidField(
                        HttpStatus.BAD_REQUEST,
                        printable(parameter.getKey()),
                        ControlCharacters.describe(parameter.getKey(), inName));
            }
        }
    }

    /** The parameter's name as it can be echoed back: its control characters replaced. */
    private static String printable(String name) {
        StringBuilder safe = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            safe.append(ControlCharacters.forbidden(c) ? '?' : c);
        }
        return safe.toString();
    }
}
