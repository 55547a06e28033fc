package io.vetted.vendor.catalog;

/** What a provider can claim about security and compliance: certifications, then practices. */
public enum ComplianceTopic {
    ISO_27001(true),
    ISO_27701(true),
    ISO_9001(true),
    ISO_20000(true),
    HDS(true),
    SOC_2(true),
    SECNUMCLOUD(true),
    QUALIOPI(true),
    EXPERT_CYBER(true),
    PCI_DSS(true),
    GDPR_DPA(false),
    DATA_LOCATION(false),
    BACKUP(false),
    ENCRYPTION(false),
    INCIDENT_RESPONSE_PLAN(false),
    LIABILITY_INSURANCE(false);

    private final boolean certification;

    ComplianceTopic(boolean certification) {
        this.certification = certification;
    }

    public boolean certification() {
        return certification;
    }
}
