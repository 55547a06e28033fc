package io.vetted.web.glossary;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;
import java.util.List;

/**
 * The glossary's entries, in the order a buyer meets them. Each has an anchor, so a help text
 * elsewhere links to {@code /glossary#<term>}; the texts are {@code glossary.<term>.title} and
 * {@code .text} (certifications: {@code topic.<CODE>} and {@code glossary.cert.<CODE>}).
 */
@Introspected
public record GlossaryPage(PageContext ctx) {

    public static final String PATH = "/glossary";

    public static final List<String> TERMS = List.of(
            "sla",
            "support-hours",
            "after-hours",
            "response-time",
            "availability",
            "service-credits",
            "subcontracting",
            "adjusted-rating",
            "verified-reference",
            "excl-vat");

    /** The certification codes vendor-service knows (its catalogue's certifications). */
    public static final List<String> CERTIFICATIONS = List.of(
            "ISO_27001",
            "ISO_27701",
            "ISO_9001",
            "ISO_20000",
            "HDS",
            "SOC_2",
            "SECNUMCLOUD",
            "QUALIOPI",
            "EXPERT_CYBER",
            "PCI_DSS");

    public static String anchor(String certification) {
        return "cert-" + certification.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public boolean isCertification(String code) {
        return CERTIFICATIONS.contains(code);
    }
}
