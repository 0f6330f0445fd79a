package org.casetrack.export;

import java.util.ArrayList;
import java.util.List;
import org.casetrack.dossier.PersonDossier;
import org.casetrack.model.NameKind;
import org.casetrack.model.PersonName;

/** Which spelling of a person's name a letter uses: the one the user chose, or for Russian the Cyrillic one when the record has one. */
final class Names {

    private Names() {
    }

    static String chosen(PersonDossier d, Lang lang) {
        String display = d.person().displayName();
        if (lang != Lang.RU || cyrillic(display)) {
            return display;
        }
        PersonName best = null;
        for (PersonName n : d.names()) {
            if (cyrillic(n.name()) && (best == null || n.kind() == NameKind.ORIGINAL_SCRIPT && best.kind() != NameKind.ORIGINAL_SCRIPT)) {
                best = n;
            }
        }
        return best == null ? display : best.name();
    }

    /** The other spellings, without the chosen one. */
    static List<String> others(PersonDossier d, String chosen) {
        List<String> out = new ArrayList<>();
        if (!d.person().displayName().equals(chosen)) {
            out.add(d.person().displayName());
        }
        for (PersonName n : d.names()) {
            if (!n.name().equals(chosen) && !out.contains(n.name())) {
                out.add(n.name());
            }
        }
        return out;
    }

    static boolean cyrillic(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
}
