package org.claimcheck.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns the names claimed by places into surface forms, letting a name stand for several places only where
 * ambiguous-names.csv declares it, with exactly the places that claim it (or, for a name no place claims, such as
 * "Korea", the places it lists).
 */
final class AmbiguousNames {

    /** The forms that share one key, the codes that claim them, and the first cell that claims one of them. */
    record Claims(List<SurfaceForm> forms, TreeSet<String> codes, DataRow firstRow, String firstColumn) {

        PlaceDataException clash() {
            return firstRow.error(firstColumn, "'" + forms.get(0).text() + "' is claimed by " + codes + ": declare it in "
                    + PlaceTables.AMBIGUOUS_FILE + " with exactly these codes, or keep it for one place");
        }
    }

    private AmbiguousNames() {
    }

    static List<SurfaceForm> resolve(Map<String, Claims> claims, List<DataRow> declarations, Map<String, Place> places) {
        Map<String, SurfaceForm> declared = new LinkedHashMap<>();
        for (DataRow row : declarations) {
            SurfaceForm form = declared(row, places);
            if (declared.put(form.key(), form) != null) {
                throw row.error("form", "'" + form.text() + "' is declared twice");
            }
            Claims claimed = claims.get(form.key());
            TreeSet<String> codes = new TreeSet<>(form.places().stream().map(Place::code).toList());
            if (claimed != null && !claimed.codes().equals(codes)) {
                throw row.error("codes", "'" + form.text() + "' is claimed by " + claimed.codes()
                        + " in the place files: expected exactly those codes, found " + codes);
            }
        }
        List<SurfaceForm> forms = new ArrayList<>(declared.values());
        claims.forEach((key, claimed) -> {
            if (declared.containsKey(key)) {
                return;
            }
            if (claimed.codes().size() > 1) {
                throw claimed.clash();
            }
            forms.addAll(claimed.forms());
        });
        return forms;
    }

    private static SurfaceForm declared(DataRow row, Map<String, Place> places) {
        Naming naming;
        try {
            naming = Naming.valueOf(row.require("naming").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("naming", "unknown naming '" + row.get("naming") + "': expected name, short_name, adjective"
                    + " or demonym");
        }
        List<Place> candidates = new ArrayList<>();
        for (String code : row.list("codes")) {
            Place place = places.get(code);
            if (place == null) {
                throw row.error("codes", "unknown place code " + code);
            }
            candidates.add(place);
        }
        if (candidates.size() < 2) {
            throw row.error("codes", "an ambiguous name needs at least two places, found " + candidates.size());
        }
        row.require("why");
        return new SurfaceForm(row.require("form"), naming, candidates);
    }
}
