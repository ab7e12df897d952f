package org.claimcheck.places;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads the place data files into places, surface forms and groups, and refuses data that could mislead: a code
 * listed twice, a name two places claim without being declared ambiguous, a member or candidate that is no place.
 */
final class PlaceTables {

    static final List<String> PLACE_FILES = List.of("countries.csv", "other-places.csv", "regions.csv", "groups.csv");
    static final String MEMBERS_FILE = "group-members.csv";
    static final String AMBIGUOUS_FILE = "ambiguous-names.csv";
    static final String NOT_PLACES_FILE = "not-places.csv";

    private static final List<String> PLACE_COLUMNS =
            List.of("code", "alpha2", "kind", "cldr_name", "name", "aliases", "adjectives", "demonyms");

    /** What the files hold, checked. */
    record Contents(Map<String, Place> places, List<SurfaceForm> forms, Map<String, Group> groups) {
    }

    /** A name as one place claims it, before clashes between places are resolved. */
    private record Claim(String form, Naming naming, Place place, DataRow row, String column) {
    }

    private final Function<String, String> files;
    private final Map<String, Place> places = new LinkedHashMap<>();
    private final Map<String, List<Claim>> claimsByKey = new LinkedHashMap<>();

    private PlaceTables(Function<String, String> files) {
        this.files = files;
    }

    /** Reads every file through {@code files}, which gives a file's text by its name. */
    static Contents read(Function<String, String> files) {
        return new PlaceTables(files).read();
    }

    private Contents read() {
        for (String file : PLACE_FILES) {
            for (DataRow row : DataFile.read(file, files.apply(file), PLACE_COLUMNS)) {
                addPlace(row);
            }
        }
        List<SurfaceForm> forms = new ArrayList<>(AmbiguousNames.resolve(claimsByKey(), readAmbiguous(), places));
        for (DataRow row : DataFile.read(NOT_PLACES_FILE, files.apply(NOT_PLACES_FILE), List.of("phrase"))) {
            SurfaceForm phrase = SurfaceForm.notAPlace(row.require("phrase"));
            if (claimsByKey.containsKey(phrase.key())) {
                throw row.error("phrase", "'" + phrase.text() + "' is a name of "
                        + claimsByKey.get(phrase.key()).get(0).place() + ": a phrase here must not be a place's name");
            }
            forms.add(phrase);
        }
        return new Contents(Map.copyOf(places), List.copyOf(forms), readGroups());
    }

    private void addPlace(DataRow row) {
        String code = row.require("code");
        if (places.containsKey(code)) {
            throw row.error("code", "duplicate code " + code + ": each code is listed once in "
                    + String.join(", ", PLACE_FILES));
        }
        PlaceKind kind;
        try {
            kind = PlaceKind.parse(row.require("kind"));
        } catch (IllegalArgumentException e) {
            throw row.error("kind", "unknown kind '" + row.get("kind") + "': expected one of "
                    + List.of(PlaceKind.values()).toString().toLowerCase(Locale.ROOT));
        }
        Place place;
        try {
            place = new Place(code, row.get("alpha2"), kind, row.require("name"));
        } catch (IllegalArgumentException e) {
            throw row.error("alpha2", e.getMessage());
        }
        places.put(code, place);
        claim(place, row, "name", Naming.NAME, List.of(place.name()));
        // CLDR's display name ("Antigua & Barbuda", "Congo - Kinshasa") is rarely written but names the place all the same
        claim(place, row, "cldr_name", Naming.NAME, row.list("cldr_name"));
        claim(place, row, "aliases", Naming.SHORT_NAME, row.list("aliases"));
        claim(place, row, "adjectives", Naming.ADJECTIVE, row.list("adjectives"));
        claim(place, row, "demonyms", Naming.DEMONYM, row.list("demonyms"));
    }

    private void claim(Place place, DataRow row, String column, Naming naming, List<String> forms) {
        for (String form : forms) {
            claimsByKey.computeIfAbsent(SurfaceForm.key(form), k -> new ArrayList<>())
                    .add(new Claim(form, naming, place, row, column));
        }
    }

    /** Each key with its claims as forms per place: the input {@link AmbiguousNames} checks. */
    private Map<String, AmbiguousNames.Claims> claimsByKey() {
        Map<String, AmbiguousNames.Claims> result = new LinkedHashMap<>();
        claimsByKey.forEach((key, claims) -> {
            Claim first = claims.get(0);
            TreeSet<String> codes = new TreeSet<>();
            List<SurfaceForm> forms = new ArrayList<>();
            for (Claim c : claims) {
                codes.add(c.place().code());
                forms.add(new SurfaceForm(c.form(), c.naming(), List.of(c.place())));
            }
            result.put(key, new AmbiguousNames.Claims(forms, codes, first.row(), first.column()));
        });
        return result;
    }

    private List<DataRow> readAmbiguous() {
        return DataFile.read(AMBIGUOUS_FILE, files.apply(AMBIGUOUS_FILE), List.of("form", "naming", "codes", "why"));
    }

    private Map<String, Group> readGroups() {
        Map<String, List<Membership>> members = new LinkedHashMap<>();
        for (DataRow row : DataFile.read(MEMBERS_FILE, files.apply(MEMBERS_FILE),
                List.of("group", "member", "from", "until", "note"))) {
            String group = requirePlace(row, "group");
            String member = requirePlace(row, "member");
            LocalDate from = date(row, "from", LocalDate.MIN);
            LocalDate until = date(row, "until", LocalDate.MAX);
            if (until.isBefore(from)) {
                throw row.error("until", "membership ends before it starts (" + from + ")");
            }
            members.computeIfAbsent(group, g -> new ArrayList<>()).add(new Membership(member, from, until));
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        members.forEach((code, list) -> groups.put(code, new Group(places.get(code), list)));
        for (Place place : places.values()) {
            if (place.kind() == PlaceKind.GROUP && !groups.containsKey(place.code())) {
                throw new PlaceDataException(MEMBERS_FILE + ": error: group " + place.code() + " has no members");
            }
        }
        return Map.copyOf(groups);
    }

    private String requirePlace(DataRow row, String column) {
        String code = row.require(column);
        if (!places.containsKey(code)) {
            throw row.error(column, "unknown place code " + code + ": expected a code from " + PLACE_FILES);
        }
        return code;
    }

    private static LocalDate date(DataRow row, String column, LocalDate whenEmpty) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return whenEmpty;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw row.error(column, "'" + value + "' is no date: expected YYYY-MM-DD");
        }
    }
}
