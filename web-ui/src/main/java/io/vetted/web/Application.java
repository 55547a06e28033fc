package io.vetted.web;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Vetted web-ui",
                        version = "0.1",
                        description = "The server-rendered site; its routes answer HTML, not JSON"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
