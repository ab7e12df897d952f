package org.claimcheck.bench;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the braces of a template from a seeded random source. Facts the reference tables hold are stated
 * right most of the time and wrong some of the time, so a checked corpus has every verdict.
 */
final class Slots {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z-]+)}");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] SMALL_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "ten"};
    private static final String[] TRADE_YEARS = {"2018", "2019", "2020", "2021", "2022", "2023"};
    private static final String[][] TRADE_MONEY = {
        {"$107 billion", "$107.06bn", "US$107 billion"}, {"$110.75 billion", "$111bn", "110.8 billion dollars"},
        {"$107.8 billion", "$108bn", "US$107.76 billion"}, {"$146.9bn", "$147 billion", "146.88 billion dollars"},
        {"$190.3 billion", "$190bn", "US$190.27 billion"}, {"$240.1 billion", "$240bn", "240.11 billion dollars"}};

    private final Random random;
    private int tradeYear = -1;

    Slots(Random random) {
        this.random = random;
    }

    String fill(String template) {
        tradeYear = -1;
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private String value(String slot) {
        return switch (slot) {
            case "pos-date" -> wrongSometimes("2 December 2019", "2 December 2016", "December 2019", "2019");
            case "treaty-date" -> wrongSometimes("16 July 2001", "16 July 2002", "July 2001", "2001");
            case "sco-date" -> wrongSometimes("15 June 2001", "15 June 2003", "June 2001", "2001");
            case "aukus-date" -> wrongSometimes("15 September 2021", "15 March 2021", "September 2021",
                    "15 September 2021");
            case "trade-year" -> TRADE_YEARS[tradeYear()];
            case "trade-money" -> random.nextInt(6) == 0 ? "$" + (100 + random.nextInt(150)) + " billion"
                    : TRADE_MONEY[tradeYear()][random.nextInt(3)];
            case "length" -> random.nextBoolean() ? "3,000" : Integer.toString(2000 + random.nextInt(2000));
            case "capacity" -> random.nextInt(3) == 0 ? Integer.toString(10 + random.nextInt(40)) : "38";
            case "pct" -> Integer.toString(2 + random.nextInt(60));
            case "money" -> money();
            case "big" -> Integer.toString(150 + random.nextInt(200));
            case "count" -> String.format("%,d", 1000 + random.nextInt(900_000));
            case "small" -> Integer.toString(2 + random.nextInt(30));
            case "small-word" -> SMALL_WORDS[random.nextInt(SMALL_WORDS.length)];
            case "year" -> Integer.toString(2005 + random.nextInt(15));
            case "later-year" -> Integer.toString(2021 + random.nextInt(10));
            case "decade" -> Integer.toString(1970 + 10 * random.nextInt(5));
            case "month" -> MONTHS[random.nextInt(MONTHS.length)];
            case "weekday" -> WEEKDAYS[random.nextInt(WEEKDAYS.length)];
            case "city" -> pick(Templates.CITIES);
            case "person" -> pick(Templates.PEOPLE);
            case "institute" -> pick(Templates.INSTITUTES);
            case "company" -> pick(Templates.COMPANIES);
            case "commodity" -> pick(Templates.COMMODITIES);
            case "topic" -> pick(Templates.TOPICS);
            default -> throw new IllegalArgumentException("unknown template slot {" + slot + "}");
        };
    }

    /** The right value three times in four, else one of the others (wrong, or right at a coarser precision). */
    private String wrongSometimes(String right, String... others) {
        return random.nextInt(4) > 0 ? right : others[random.nextInt(others.length)];
    }

    /** One trade year per sentence, so the figure and the year agree unless the figure is meant to be wrong. */
    private int tradeYear() {
        if (tradeYear < 0) {
            tradeYear = random.nextInt(TRADE_YEARS.length);
        }
        return tradeYear;
    }

    private String money() {
        int n = 1 + random.nextInt(900);
        return switch (random.nextInt(5)) {
            case 0 -> "$" + n + " million";
            case 1 -> "$" + n / 10.0 + "bn";
            case 2 -> n + " million yuan";
            case 3 -> "€" + n + "m";
            default -> "US$" + n + " million";
        };
    }
}
