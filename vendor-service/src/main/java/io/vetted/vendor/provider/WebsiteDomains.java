package io.vetted.vendor.provider;

import com.google.common.net.InternetDomainName;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The registrable domain of a website ({@code https://www.acme.fr/contact} → {@code acme.fr}), read
 * from the public suffix list that Guava ships as data: a public suffix alone ({@code https://fr}),
 * a name under no known suffix ({@code https://test}) or an IP address has none.
 */
public final class WebsiteDomains {

    private WebsiteDomains() {}

    public static Optional<String> registrable(@Nullable String website) {
        if (website == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(website.strip());
            String host = uri.getHost();
            if (host == null
                    || uri.getUserInfo() != null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return Optional.empty();
            }
            return ofHost(host);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The registrable domain of a host name or of an email address's domain part. */
    public static Optional<String> ofHost(@Nullable String host) {
        if (host == null || !InternetDomainName.isValid(host)) {
            return Optional.empty();
        }
        InternetDomainName name = InternetDomainName.from(host.toLowerCase(Locale.ROOT));
        return name.isUnderPublicSuffix() ? Optional.of(name.topPrivateDomain().toString()) : Optional.empty();
    }
}
