package io.vetted.buyer.saved;

/** The alert in French and English: the provider's name, the saved search's name and where to see the provider. */
final class SavedSearchAlertTexts {

    record Texts(String subjectFr, String subjectEn, String bodyFr, String bodyEn) {}

    private SavedSearchAlertTexts() {}

    static Texts of(String providerName, String searchName, String link) {
        return new Texts(
                cut("Nouveau prestataire pour votre recherche « " + searchName + " » : " + providerName, 200),
                cut("New provider for your saved search “" + searchName + "”: " + providerName, 200),
                cut(
                        providerName + " vient d'être publié sur Vetted et correspond à votre recherche enregistrée « "
                                + searchName + " ». Voir son profil : " + link,
                        5000),
                cut(
                        providerName + " has just been published on Vetted and matches your saved search “" + searchName
                                + "”. See its profile: " + link,
                        5000));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
