package org.claimcheck.series.owid;

import java.util.List;
import java.util.Optional;
import org.claimcheck.series.UnitKind;

/** One manifest row the importer writes, in the manifest's column order. */
record ManifestRow(String attribute, String title, String file, String unit, UnitKind unitKind, double scale,
        List<String> phrases, String vintage, String note) {

    ManifestRow {
        phrases = List.copyOf(phrases);
    }

    /** The row for one indicator: the vocabulary's words when it has them, else words from the title. */
    static ManifestRow of(Indicator indicator, Optional<Vocabulary.Entry> curated, String vintage) {
        String unit = indicator.unit().isEmpty() ? "number" : indicator.unit();
        String file = "data/" + indicator.filename();
        if (curated.isPresent()) {
            Vocabulary.Entry e = curated.get();
            return new ManifestRow(e.attribute(), indicator.title(), file, unit, e.unitKind(), e.scale(),
                    e.phrases(), vintage, indicator.description());
        }
        return new ManifestRow(TitleWords.attributeId(indicator.filename()), indicator.title(), file, unit,
                TitleWords.unitKind(unit), TitleWords.scale(unit), TitleWords.phrases(indicator.title()), vintage,
                indicator.description());
    }

    List<String> cells() {
        return List.of(attribute, title, file, "wide", unit, unitKind.id(), scaleText(), String.join("|", phrases),
                OwidImport.SOURCE, OwidImport.LICENCE, vintage, "", note);
    }

    private String scaleText() {
        return scale == 1 ? "" : (scale == Math.rint(scale) ? String.valueOf((long) scale) : String.valueOf(scale));
    }
}
