package io.vetted.buyer.requirements;

/** The certifications a buyer can require: vendor-service's compliance topics that are certifications. */
public enum Certification {
    ISO_27001,
    ISO_27701,
    ISO_9001,
    ISO_20000,
    HDS,
    SOC_2,
    SECNUMCLOUD,
    QUALIOPI,
    EXPERT_CYBER,
    PCI_DSS
}
