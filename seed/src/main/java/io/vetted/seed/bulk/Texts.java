package io.vetted.seed.bulk;

import java.util.List;
import java.util.Map;

/** French sentences that rows assemble: descriptions, offers, SLA wording and references by tone. */
final class Texts {

    static final List<String> FREELANCE_SUFFIXES = List.of(
            "Informatique", "IT Services", "Conseil IT", "Assistance", "Tech", "Solutions", "Dépannage", "Systèmes");
    static final List<String> AGENCY_SUFFIXES = List.of(
            "Infogérance",
            "Services informatiques",
            "IT",
            "Systèmes & Réseaux",
            "Digital",
            "Cloud",
            "Cybersécurité",
            "Technologies",
            "Télécom",
            "Groupe");

    static final List<String> OPENINGS = List.of(
            "Nous accompagnons les PME de %s et de sa région depuis %d.",
            "Prestataire informatique basé à %s, au service des TPE et PME depuis %d.",
            "Basés à %s, nous gérons le parc informatique de nos clients depuis %d.",
            "Votre service informatique externalisé à %s, depuis %d.");
    static final List<String> PROMISES = List.of(
            "Un interlocuteur unique connaît votre parc et vos habitudes.",
            "Forfait mensuel clair, sans surprise sur la facture.",
            "Intervention sur site sous quatre heures pour les incidents bloquants.",
            "Supervision proactive : nous voyons les pannes avant vous.",
            "Sauvegardes testées chaque mois et rapport envoyé au dirigeant.",
            "Accompagnement RGPD et sensibilisation des équipes au phishing.",
            "Migration vers Microsoft 365 ou Google Workspace sans interruption.",
            "Aucune sous-traitance : nos techniciens sont salariés.");

    record OfferTemplate(String title, String model, String unit, int low, int high, String included) {}

    static final List<OfferTemplate> OFFERS = List.of(
            new OfferTemplate(
                    "Assistance à l'heure",
                    "HOURLY",
                    null,
                    45,
                    120,
                    "Intervention à distance ou sur site, facturée au quart d'heure"),
            new OfferTemplate(
                    "Forfait infogérance",
                    "MONTHLY_FIXED",
                    "FLAT",
                    290,
                    2500,
                    "Supervision, mises à jour, support illimité aux heures ouvrées"),
            new OfferTemplate(
                    "Infogérance par poste",
                    "MONTHLY_FIXED",
                    "PER_DEVICE",
                    25,
                    75,
                    "Antivirus, mises à jour, support, inventaire"),
            new OfferTemplate(
                    "Support par utilisateur",
                    "MONTHLY_FIXED",
                    "PER_SEAT",
                    15,
                    60,
                    "Helpdesk téléphone et e-mail, comptes Microsoft 365"),
            new OfferTemplate(
                    "Intervention sur site",
                    "PER_INTERVENTION",
                    null,
                    60,
                    250,
                    "Déplacement et première heure sur place"),
            new OfferTemplate(
                    "Audit de sécurité", "PROJECT", null, 1500, 12000, "Audit, rapport et plan d'action priorisé"),
            new OfferTemplate(
                    "Migration cloud", "PROJECT", null, 2000, 25000, "Étude, migration des données, formation"),
            new OfferTemplate(
                    "Sauvegarde externalisée",
                    "MONTHLY_FIXED",
                    "FLAT",
                    49,
                    600,
                    "Sauvegarde quotidienne chiffrée hors site, restauration testée"));

    static final List<String> WORKING_METHODS = List.of(
            "Tickets suivis dans notre portail, point mensuel avec le dirigeant.",
            "Astreinte tournante, rapport d'intervention après chaque incident.",
            "Supervision 24 h/24, escalade vers un ingénieur senior au-delà d'une heure.",
            "Un technicien référent par client, revue trimestrielle du parc.");

    static final List<String> DUE_DILIGENCE = List.of(
            "Données hébergées en France, chiffrées au repos, accès journalisés.",
            "Plan de reprise testé deux fois par an avec nos clients.",
            "Sauvegardes 3-2-1 dont une copie hors ligne.",
            "Authentification à deux facteurs imposée sur tous les accès d'administration.");

    static final Map<Integer, List<String>> VERDICTS = Map.of(
            1,
                    List.of(
                            "Expérience très décevante, nous avons changé de prestataire.",
                            "Délais non tenus et facturation opaque.",
                            "Injoignable dès qu'un problème survient.",
                            "À éviter : promesses commerciales jamais suivies d'effet.",
                            "Nous avons perdu deux jours de production faute de réponse.",
                            "Contrat résilié au bout de six mois, trop d'erreurs."),
            2,
                    List.of(
                            "Prestation en dessous de nos attentes.",
                            "Des efforts, mais trop d'incidents mal suivis.",
                            "Le support répond, mais les solutions tardent.",
                            "Rapport qualité-prix médiocre.",
                            "Compétents sur le papier, brouillons dans les faits.",
                            "Beaucoup de relances nécessaires."),
            3,
                    List.of(
                            "Prestation correcte sans plus.",
                            "Travail sérieux mais communication perfectible.",
                            "Bon technicien, organisation à revoir.",
                            "Honnête pour le prix, sans éclat.",
                            "Fiable au quotidien, moins à l'aise sur les projets.",
                            "Résultat conforme, délais un peu longs."),
            4,
                    List.of(
                            "Très bon prestataire, réactif et clair.",
                            "Équipe fiable, nous recommandons.",
                            "Bon suivi et des prix stables depuis le début.",
                            "Sérieux, ponctuels et de bon conseil.",
                            "Une vraie tranquillité d'esprit pour notre cabinet.",
                            "Réponses rapides, explications claires."),
            5,
                    List.of(
                            "Excellent prestataire, disponible et pédagogue.",
                            "Un vrai partenaire, réactivité exemplaire.",
                            "Parfait du début à la fin, aucune mauvaise surprise.",
                            "Irréprochables, même un dimanche soir.",
                            "Le meilleur choix que nous ayons fait pour notre informatique.",
                            "Toujours joignables, toujours une solution."));

    static final List<String> DETAILS = List.of(
            "Ils gèrent nos %d postes et notre serveur %s.",
            "Nous avons migré %d boîtes mail vers %s avec eux.",
            "Ils ont remplacé notre pare-feu %s et câblé nos %d bureaux.",
            "Contrat de maintenance pour %d utilisateurs, astreinte comprise, sur %s.",
            "Accompagnement sur la sauvegarde %s et le plan de reprise de nos %d sites.",
            "Déploiement de %d postes sous %s et formation des équipes.",
            "Audit de sécurité puis durcissement de %s sur %d serveurs.",
            "Mise en place de %s pour nos %d collaborateurs en télétravail.",
            "Renouvellement de %d ordinateurs portables et gestion du parc dans %s.",
            "Refonte du réseau wifi de nos %d magasins avec des bornes %s.",
            "Hébergement de notre site et de l'extranet sur %s, %d mises à jour par an.",
            "Intégration de notre ERP avec %s pour %d comptes.");

    static final List<String> PRODUCTS = List.of(
            "Microsoft 365",
            "Google Workspace",
            "Veeam",
            "Fortinet",
            "Stormshield",
            "Synology",
            "Windows Server",
            "Active Directory",
            "Intune",
            "Sophos",
            "Proxmox",
            "VMware",
            "Ubiquiti",
            "Aruba",
            "3CX",
            "Odoo",
            "Sage",
            "EBP",
            "Salesforce",
            "OVHcloud",
            "Scaleway",
            "Acronis",
            "SentinelOne",
            "WatchGuard",
            "Nextcloud",
            "Zimbra",
            "pfSense",
            "Cisco Meraki",
            "HubSpot",
            "Dolibarr");

    static final List<String> PEOPLE = List.of(
            "%s, notre technicien référent, connaît notre installation par cœur.",
            "Mention spéciale à %s pour sa patience avec nos équipes.",
            "%s est passé plusieurs fois en urgence, toujours aimable.",
            "Nos échanges avec %s sont devenus plus rares après le premier trimestre.",
            "%s prend le temps d'expliquer ce qu'il fait.",
            "Depuis le départ de %s, le suivi est moins régulier.");

    static final List<String> CLOSINGS = List.of(
            "Les interventions sont documentées.",
            "La facturation correspond au devis.",
            "Le technicien connaît bien notre métier.",
            "Les rapports mensuels sont utiles.",
            "Le délai de réponse annoncé est respecté.",
            "Quelques retards pendant les congés d'été.",
            "Un changement de tarif a été annoncé tard.",
            "Nous avons été prévenus de chaque sous-traitance.",
            "La hotline décroche en moins de cinq minutes.",
            "Les mots de passe sont enfin gérés proprement.",
            "Nous aurions aimé un interlocuteur plus stable.",
            "Le portail de tickets est simple à utiliser.",
            "La sensibilisation au phishing a porté ses fruits.",
            "Les devis arrivent en vingt-quatre heures.",
            "Les sauvegardes sont testées et le rapport nous est envoyé.",
            "Rien à signaler depuis la migration, c'est bon signe.");

    static final List<String> REPLIES = List.of(
            "Merci pour votre confiance, toute l'équipe est ravie de vous accompagner.",
            "Merci pour ce retour. Nous avons revu notre organisation d'astreinte depuis.",
            "Nous regrettons cette expérience et restons disponibles pour en parler.");

    static String pick(List<String> pool, long hash) {
        return pool.get((int) Math.floorMod(hash, (long) pool.size()));
    }

    private Texts() {}
}
