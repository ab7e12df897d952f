package org.claimcheck.verify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.reference.Attribute;
import org.claimcheck.reference.AttributeKind;
import org.claimcheck.reference.Fact;
import org.claimcheck.reference.Rate;
import org.claimcheck.reference.ReferenceIndex;
import org.claimcheck.reference.Subject;
import org.claimcheck.reference.Tolerance;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.ValueGrammar;

/** Builds reference tables by hand for tests: subjects, attribute vocabulary and facts in the value grammar. */
public final class Tables {

    /** A fact row being written; every setter returns the row so rows read like the CSV they stand for. */
    public static final class Row {
        private final String subject;
        private final String attribute;
        private final String value;
        private String period;
        private Tolerance tolerance = Tolerance.NONE;
        private String source = "test source";
        private LocalDate vintage;
        private String note = "";
        private final int line;

        private Row(String subject, String attribute, String value, int line) {
            this.subject = subject;
            this.attribute = attribute;
            this.value = value;
            this.line = line;
        }

        public Row period(String p) {
            this.period = p;
            return this;
        }

        public Row vintage(String v) {
            this.vintage = LocalDate.parse(v);
            return this;
        }

        public Row source(String s) {
            this.source = s;
            return this;
        }

        public Row relativeTolerance(String fraction) {
            this.tolerance = new Tolerance(null, new BigDecimal(fraction));
            return this;
        }

        public Row absoluteTolerance(String amount) {
            this.tolerance = new Tolerance(new BigDecimal(amount), null);
            return this;
        }

        public Row note(String n) {
            this.note = n;
            return this;
        }

        public Fact build() {
            DateValue p = period == null ? null : ValueGrammar.requireDate(period);
            return new Fact(subject, attribute, ValueGrammar.parse(value), p, tolerance, source, vintage, note,
                    "facts.csv", line);
        }
    }

    private final List<Subject> subjects = new ArrayList<>();
    private final List<Attribute> attributes = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<Rate> rates = new ArrayList<>();

    public static Tables create() {
        return new Tables();
    }

    public Tables subject(String id, String name, String... aliases) {
        subjects.add(new Subject(id, name, List.of(aliases), "subjects.csv", subjects.size() + 2));
        return this;
    }

    public Tables event(String id, String... phrases) {
        attributes.add(new Attribute(id, AttributeKind.EVENT, List.of(phrases), "attributes.csv", attributes.size() + 2));
        return this;
    }

    public Tables measure(String id, String... phrases) {
        attributes.add(new Attribute(id, AttributeKind.MEASURE, List.of(phrases), "attributes.csv", attributes.size() + 2));
        return this;
    }

    /** Adds a fact row and returns it for period, vintage, tolerance and source. */
    public Row fact(String subject, String attribute, String value) {
        Row row = new Row(subject, attribute, value, rows.size() + 2);
        rows.add(row);
        return row;
    }

    /** Adds a row of rates.csv: {@code rate} units of {@code currency} per one {@code base} over {@code period}. */
    public Tables rate(String currency, String base, String rate, String period, String source) {
        rates.add(new Rate(currency, base, new BigDecimal(rate), ValueGrammar.requireDate(period), source, null, "",
                "rates.csv", rates.size() + 2));
        return this;
    }

    public ReferenceIndex index() {
        return new ReferenceIndex(subjects, attributes, rows.stream().map(Row::build).toList(), rates);
    }

    /** The tables most tests share: a treaty, a pipeline, a country pair and its trade. */
    public static Tables standard() {
        Tables t = create()
                .subject("treaty-2001", "Treaty of Good-Neighbourliness", "Treaty of Good-Neighbourliness and "
                        + "Friendly Cooperation", "Sino-Russian Treaty of Friendship")
                .subject("power-of-siberia", "Power of Siberia", "Power of Siberia pipeline", "Sila Sibiri")
                .subject("russia-china", "Russia and China", "Russia–China", "Sino-Russian")
                .subject("russia", "Russia", "Russian Federation", "Moscow")
                .subject("china", "China", "People's Republic of China", "Beijing")
                .event("signed", "signed", "concluded", "inked")
                .event("began-operations", "began operations", "started operating", "launched", "came online",
                        "first gas", "commissioned")
                .measure("trade", "trade", "bilateral trade", "trade turnover")
                .measure("length", "long", "length", "stretches");
        t.fact("treaty-2001", "signed", "2001-07-16").source("Treaty text");
        t.fact("power-of-siberia", "began-operations", "2019-12-02").source("Gazprom press release").vintage("2019-12-02");
        t.fact("power-of-siberia", "length", "3,000 km").source("Gazprom");
        t.fact("russia-china", "trade", "107.06 billion USD").period("2018").source("China customs").vintage("2019-01-14");
        t.fact("russia-china", "trade", "110.76 billion USD").period("2019").source("China customs").vintage("2020-01-14");
        t.fact("russia-china", "trade", "107.77 billion USD").period("2020").source("China customs").vintage("2021-01-14");
        t.fact("russia-china", "trade", "146.88 billion USD").period("2021").source("China customs").vintage("2022-01-14");
        return t;
    }
}
