package io.vetted.review;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Vetted review-service",
                        version = "0.1",
                        description = "Client references and the reputation they give providers"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
