package org.claimcheck.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints benchmark legs as a table. Rates are per second of the leg's whole process (JVM start, model loading,
 * every stage, every report); "excluding model loading" divides by that time minus model loading. CPU time,
 * unlike wall time, hardly depends on what else runs on the machine, so its ratio is the steadier figure. A leg served from the
 * cache splits no sentences itself, so its rates count the sentences and tokens of the leg before it.
 */
final class BenchTable {

    private BenchTable() {
    }

    static void print(List<Bench.Leg> legs, PrintWriter out) {
        out.println(String.format(Locale.ROOT, "%-11s %8s %7s %7s %7s %7s %6s %10s %11s %9s %9s %8s %6s", "leg",
                "articles", "claims", "wall s", "cpu s", "load s", "gc s", "articles/s", "sentences/s", "tokens/s",
                "peak RSS", "skipped", "cached"));
        long sentences = 0;
        long tokens = 0;
        for (Bench.Leg leg : legs) {
            LegResult r = leg.result();
            if (r.sentences() > 0) {
                sentences = r.sentences();
                tokens = r.tokens();
            }
            double seconds = leg.wallMillis() / 1000.0;
            out.println(String.format(Locale.ROOT, "%-11s %8d %7d %7.1f %7.1f %7.1f %6.1f %10.1f %11.0f %9.0f %9s %8s %6d",
                    leg.name(), r.articles(), r.claims(), seconds, r.cpuMillis() / 1000.0, r.loadMillis() / 1000.0,
                    r.gcMillis() / 1000.0, r.articles() / seconds, sentences / seconds, tokens / seconds,
                    rss(r.peakRssKb()), skipped(r), r.cacheHits()));
        }
        Bench.Leg naive = find(legs, "naive");
        Bench.Leg lean = find(legs, "claimcheck");
        if (naive != null && lean != null) {
            out.println(String.format(Locale.ROOT, "speed-up of claimcheck over the naive baseline (tokens/s): "
                    + "%.1f× end to end, %.1f× excluding model loading; CPU time per token: %.1f× less",
                    ratio(lean, naive, false), ratio(lean, naive, true), cpuRatio(lean, naive)));
        }
        Bench.Leg parsed = find(legs, "depparse");
        if (parsed != null && lean != null) {
            out.println(String.format(Locale.ROOT, "the dependency parser on every tagged sentence: %.1f× the "
                    + "claimcheck leg's wall time, %.1f× its CPU time%s", parsed.wallMillis() / (double) Math.max(1,
                    lean.wallMillis()), parsed.result().cpuMillis() / (double) Math.max(1, lean.result().cpuMillis()),
                    naive == null ? "" : String.format(Locale.ROOT, "; %.1f× the naive baseline end to end",
                            ratio(parsed, naive, false))));
        }
        if (lean != null && lean.result().sentences() > 0) {
            LegResult r = lean.result();
            out.println(String.format(Locale.ROOT, "prefilter: %d of %d sentences (%.1f %%) and %.1f %% of tokens "
                    + "skipped tagging and NER", r.sentences() - r.taggedSentences(), r.sentences(),
                    100.0 * (r.sentences() - r.taggedSentences()) / r.sentences(),
                    100.0 * (r.tokens() - r.taggedTokens()) / Math.max(1, r.tokens())));
            out.println(String.format(Locale.ROOT, "name filter: %d of %d tagged sentences (%.1f %%) went through "
                    + "the CRF name tagger", r.nameTaggedSentences(), r.taggedSentences(),
                    100.0 * r.nameTaggedSentences() / Math.max(1, r.taggedSentences())));
        }
    }

    /** Tokens per second of {@code a} over those of {@code b}, optionally leaving model loading out. */
    private static double ratio(Bench.Leg a, Bench.Leg b, boolean excludeLoad) {
        return rate(a, excludeLoad) / rate(b, excludeLoad);
    }

    /** How many times less CPU time per token {@code a} needed than {@code b}: the work saved, whatever the load. */
    private static double cpuRatio(Bench.Leg a, Bench.Leg b) {
        double perTokenA = a.result().cpuMillis() / (double) Math.max(1, a.result().tokens());
        double perTokenB = b.result().cpuMillis() / (double) Math.max(1, b.result().tokens());
        return perTokenB / perTokenA;
    }

    private static double rate(Bench.Leg leg, boolean excludeLoad) {
        long millis = leg.wallMillis() - (excludeLoad ? leg.result().loadMillis() : 0);
        return leg.result().tokens() / (Math.max(1, millis) / 1000.0);
    }

    private static String skipped(LegResult r) {
        if (r.sentences() == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * (r.sentences() - r.taggedSentences()) / r.sentences());
    }

    private static String rss(long kb) {
        return kb < 0 ? "?" : String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
    }

    private static Bench.Leg find(List<Bench.Leg> legs, String name) {
        return legs.stream().filter(l -> l.name().equals(name)).findFirst().orElse(null);
    }
}
