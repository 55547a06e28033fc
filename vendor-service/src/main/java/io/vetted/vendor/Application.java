package io.vetted.vendor;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Vetted vendor-service",
                        version = "0.1",
                        description = "Provider profiles, offers, search and the reputation snapshot"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
