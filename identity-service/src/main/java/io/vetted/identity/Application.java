package io.vetted.identity;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Vetted identity-service",
                        version = "0.1",
                        description = "Accounts, login and the JWKS other services validate tokens with"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
