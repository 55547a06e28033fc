package io.vetted.vendor.catalog;

import java.util.List;

/** The IT sub-domains a provider can cover, with the words buyers search them by (FR and EN). */
public enum Specialty {
    HELPDESK("support utilisateurs helpdesk assistance infogérance", "helpdesk user support"),
    NETWORKS("réseaux réseau wifi", "networks networking"),
    SERVERS_INFRASTRUCTURE("serveurs infrastructure infogérance", "servers infrastructure managed services"),
    CLOUD_SAAS("cloud saas microsoft 365 google workspace", "cloud saas microsoft 365 google workspace"),
    CYBERSECURITY("cybersécurité sécurité", "cybersecurity security"),
    BACKUP_RECOVERY("sauvegarde reprise d'activité", "backup disaster recovery"),
    HARDWARE("matériel achat maintenance parc informatique", "hardware procurement maintenance"),
    TELEPHONY_VOIP("téléphonie voip standard", "telephony voip"),
    WEB_HOSTING("hébergement web", "web hosting"),
    SOFTWARE_DEVELOPMENT("développement logiciel", "software development"),
    ERP_CRM("erp crm progiciel", "erp crm"),
    DATA_PROTECTION_GDPR("protection des données rgpd conformité", "data protection gdpr compliance");

    private final String frenchTerms;
    private final String englishTerms;

    Specialty(String frenchTerms, String englishTerms) {
        this.frenchTerms = frenchTerms;
        this.englishTerms = englishTerms;
    }

    public List<String> searchTerms() {
        return List.of(frenchTerms, englishTerms);
    }
}
