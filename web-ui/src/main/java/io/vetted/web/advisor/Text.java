package io.vetted.web.advisor;

import java.util.Map;

/** A text of the rules file in French and English (French when the language is another). */
public record Text(String fr, String en) {

    static Text of(Object yaml, String what) {
        Map<String, Object> texts = Yaml.map(yaml, what);
        return new Text(String.valueOf(texts.get("fr")), String.valueOf(texts.get("en")));
    }

    public String in(String language) {
        return "en".equals(language) ? en : fr;
    }

    /** Both languages are written: not missing, not blank. */
    boolean complete() {
        return !"null".equals(fr) && !"null".equals(en) && !fr.isBlank() && !en.isBlank();
    }
}
