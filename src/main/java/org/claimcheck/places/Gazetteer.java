package org.claimcheck.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Countries, territories, regions and groups by their series codes, and the places a sentence names. Immutable and
 * safe to share between threads; {@link #bundled()} reads the data files shipped in this package once.
 */
public final class Gazetteer {

    private static final class Bundled {
        static final Gazetteer INSTANCE = fromFiles(Gazetteer::resource);
    }

    private final Map<String, Place> places;
    private final Map<String, Group> groups;
    private final List<SurfaceForm> forms;
    private final PlaceFinder finder;

    private Gazetteer(PlaceTables.Contents contents) {
        this.places = contents.places();
        this.groups = contents.groups();
        this.forms = contents.forms();
        this.finder = new PlaceFinder(forms, this::group);
    }

    /** The gazetteer of the data files shipped with claimcheck; broken data throws {@link PlaceDataException}. */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    /** A gazetteer of other data files, given by name (countries.csv, group-members.csv, ...): for tests. */
    static Gazetteer fromFiles(Function<String, String> files) {
        return new Gazetteer(PlaceTables.read(files));
    }

    /** The place a series column stands for ("GBR", "OWID_WRL", "G7"); case does not matter. */
    public Optional<Place> byCode(String code) {
        return Optional.ofNullable(places.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** The place, or an exception that names the missing code. */
    public Place requireCode(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("no place has the code '" + code + "'"));
    }

    /** The group a code stands for, if the data lists its members ("OWID_EU27", "G7", "OWID_AFR"). */
    public Optional<Group> group(String code) {
        return Optional.ofNullable(groups.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** Every place, sorted by code. */
    public List<Place> places() {
        return places.values().stream().sorted(Comparator.comparing(Place::code)).toList();
    }

    /** Every group, sorted by code. */
    public List<Group> groups() {
        return groups.values().stream().sorted(Comparator.comparing(Group::code)).toList();
    }

    /** The groups that had the place as a member on that day, sorted by code. */
    public List<Group> groupsOf(String code, LocalDate date) {
        return groups().stream().filter(g -> g.isMember(code, date)).toList();
    }

    /** The places a text names, in text order, the longest name winning at each position (see docs/places.md). */
    public List<PlaceMention> find(String text) {
        return finder.find(text);
    }

    /** Every name the finder knows, for tests of the data. */
    List<SurfaceForm> surfaceForms() {
        return forms;
    }

    private static String resource(String name) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new PlaceDataException(name + ": error: missing from the class path (org/claimcheck/places)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
