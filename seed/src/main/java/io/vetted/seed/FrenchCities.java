package io.vetted.seed;

import java.util.List;

/** Towns where French IT providers are based, with the postcode, department and region they sit in. */
final class FrenchCities {

    record City(String name, String postcode, String department, String region) {}

    static final List<City> ALL = List.of(
            new City("Paris", "75011", "75", "11"), new City("Boulogne-Billancourt", "92100", "92", "11"),
            new City("Saint-Denis", "93200", "93", "11"), new City("Versailles", "78000", "78", "11"),
            new City("Lyon", "69003", "69", "84"), new City("Villeurbanne", "69100", "69", "84"),
            new City("Grenoble", "38000", "38", "84"), new City("Annecy", "74000", "74", "84"),
            new City("Clermont-Ferrand", "63000", "63", "84"), new City("Saint-Étienne", "42000", "42", "84"),
            new City("Marseille", "13008", "13", "93"), new City("Aix-en-Provence", "13100", "13", "93"),
            new City("Nice", "06000", "06", "93"), new City("Toulon", "83000", "83", "93"),
            new City("Toulouse", "31000", "31", "76"), new City("Montpellier", "34000", "34", "76"),
            new City("Nîmes", "30000", "30", "76"), new City("Perpignan", "66000", "66", "76"),
            new City("Bordeaux", "33000", "33", "75"), new City("Pau", "64000", "64", "75"),
            new City("Limoges", "87000", "87", "75"), new City("La Rochelle", "17000", "17", "75"),
            new City("Nantes", "44000", "44", "52"), new City("Angers", "49000", "49", "52"),
            new City("Le Mans", "72000", "72", "52"), new City("Rennes", "35000", "35", "53"),
            new City("Brest", "29200", "29", "53"), new City("Vannes", "56000", "56", "53"),
            new City("Lille", "59000", "59", "32"), new City("Amiens", "80000", "80", "32"),
            new City("Strasbourg", "67000", "67", "44"), new City("Metz", "57000", "57", "44"),
            new City("Reims", "51100", "51", "44"), new City("Dijon", "21000", "21", "27"),
            new City("Besançon", "25000", "25", "27"), new City("Tours", "37000", "37", "24"),
            new City("Orléans", "45000", "45", "24"), new City("Rouen", "76000", "76", "28"),
            new City("Caen", "14000", "14", "28"), new City("Ajaccio", "20000", "2A", "94"));

    /** Departments of each region, for providers that serve a few neighbouring ones on site. */
    static List<String> departmentsOf(String region) {
        return switch (region) {
            case "11" -> List.of("75", "77", "78", "91", "92", "93", "94", "95");
            case "84" -> List.of("01", "38", "42", "63", "69", "73", "74");
            case "93" -> List.of("06", "13", "83", "84");
            case "76" -> List.of("11", "30", "31", "34", "66", "81", "82");
            case "75" -> List.of("17", "33", "40", "64", "79", "86", "87");
            case "52" -> List.of("44", "49", "53", "72", "85");
            case "53" -> List.of("22", "29", "35", "56");
            case "32" -> List.of("02", "59", "60", "62", "80");
            case "44" -> List.of("51", "54", "57", "67", "68");
            case "27" -> List.of("21", "25", "39", "71");
            case "24" -> List.of("18", "28", "37", "41", "45");
            case "28" -> List.of("14", "27", "50", "76");
            default -> List.of("2A", "2B");
        };
    }

    private FrenchCities() {}
}
