package io.vetted.review.trust;

import com.google.common.net.InternetDomainName;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.Locale;

/**
 * Email and website domains reduced to the domain one registers ({@code garage-petit.fr} for
 * {@code mail.garage-petit.fr}), by the public suffix list that Guava ships and keeps current.
 */
public final class Domains {

    private Domains() {}

    /** What follows the last {@code @} of an address, lower case; empty when there is none. */
    public static String ofEmail(@Nullable String email) {
        if (email == null || email.indexOf('@') < 0) {
            return "";
        }
        return email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The registrable domain of a host; the host itself when it is under no public suffix
     * ({@code localhost}); null when blank or not a domain name.
     */
    @Nullable
    public static String registrable(@Nullable String host) {
        if (host == null) {
            return null;
        }
        String clean = host.strip().toLowerCase(Locale.ROOT);
        if (clean.endsWith(".")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        if (clean.isEmpty()) {
            return null;
        }
        try {
            InternetDomainName name = InternetDomainName.from(clean);
            return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : clean;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    /** The registrable domain of a website address, written as a URL or a bare host. */
    @Nullable
    public static String ofWebsite(@Nullable String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String text = website.strip();
        try {
            return registrable(
                    URI.create(text.contains("://") ? text : "https://" + text).getHost());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The registrable domain without its public suffix: {@code garage-petit} for {@code garage-petit.fr}. */
    static String label(String registrableDomain) {
        try {
            InternetDomainName name = InternetDomainName.from(registrableDomain);
            if (name.hasPublicSuffix()) {
                String suffix = name.publicSuffix().toString();
                if (registrableDomain.length() > suffix.length()) {
                    return registrableDomain.substring(0, registrableDomain.length() - suffix.length() - 1);
                }
            }
        } catch (IllegalArgumentException e) {
            return registrableDomain;
        }
        return registrableDomain;
    }
}
