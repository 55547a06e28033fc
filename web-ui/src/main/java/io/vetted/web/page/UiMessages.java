package io.vetted.web.page;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Every UI text comes from {@code i18n/messages_fr.properties} and {@code messages_en.properties}. */
@Factory
class UiMessages {

    static final String NAME = "ui";
    static final String BUNDLE = "i18n.messages";

    @Singleton
    @Named(NAME)
    MessageSource uiMessages() {
        return new ResourceBundleMessageSource(BUNDLE);
    }
}
