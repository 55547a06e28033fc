package io.vetted.buyer;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Vetted buyer-service",
                        version = "0.1",
                        description =
                                "The buyer's workspace: requirements, shortlists, saved searches and quote requests of SME accounts"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
