package org.claimcheck.series.owid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code country_codes.yaml}: entity code → its names, written as {@code CODE:} followed by one
 * {@code - name} line per name (indented or not). This is the whole of the YAML the file uses, so a strict
 * reader of exactly that is safer than a general parser: anything else (a nested map, a flow list, an anchor)
 * is an error naming its line, rather than a structure read in some way nobody checked.
 */
final class CountryCodes {

    private static final Pattern KEY = Pattern.compile("([A-Za-z0-9_]+):\\s*(#.*)?");
    private static final Pattern ITEM = Pattern.compile("(\\s*)- (.*)");

    private CountryCodes() {
    }

    /** Code → names, in file order; every code has at least one name. */
    static Map<String, List<String>> read(Path file) throws ImportException {
        String path = file.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ImportException.in(path, "cannot read file: " + e.getMessage());
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, Integer> lineOfKey = new LinkedHashMap<>();
        String key = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
            int number = i + 1;
            if (line.isBlank() || line.strip().startsWith("#") || line.equals("---")) {
                continue;
            }
            Matcher k = KEY.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (k.matches()) {
                closeKey(path, key, names, lineOfKey);
                key = k.group(1);
                if (names.containsKey(key)) {
                    throw ImportException.at(path, number, 1, "code \"" + key + "\" appears twice (first at line "
                            + lineOfKey.get(key) + "): expected each code once");
                }
                names.put(key, new ArrayList<>());
                lineOfKey.put(key, number);
            } else if (item.matches() && key != null) {
                int column = item.group(1).length() + 3;
                names.get(key).add(Scalars.read(item.group(2).strip(), path, number, column));
            } else {
                throw ImportException.at(path, number, 1, "cannot read \"" + line.strip() + "\": expected a code"
                        + " line such as \"GBR:\" or, after one, a name line such as \"- United Kingdom\"");
            }
        }
        closeKey(path, key, names, lineOfKey);
        return names;
    }

    private static void closeKey(String path, String key, Map<String, List<String>> names,
            Map<String, Integer> lineOfKey) throws ImportException {
        if (key != null && names.get(key).isEmpty()) {
            throw ImportException.at(path, lineOfKey.get(key), 1, "code \"" + key + "\" has no name: expected at"
                    + " least one line \"- name\" after it");
        }
    }
}
