/**
 * Time series in the reference data: yearly figures per subject and attribute, loaded from a reference folder's
 * {@code series/} folder and validated before anything is checked against them.
 *
 * <h2>Reading series (for judging claims)</h2>
 * {@link org.claimcheck.reference.ReferenceLoader#load} loads them with the tables;
 * {@code LoadResult.series()} is the {@link org.claimcheck.series.SeriesIndex} ({@code SeriesIndex.EMPTY} for a
 * folder without series). Its lookups:
 * <ul>
 *   <li>{@code attributes()} and {@code findAttribute(id)}: each {@link org.claimcheck.series.SeriesAttribute}
 *       with its title, unit, {@link org.claimcheck.series.UnitKind}, scale, phrases, source, licence and
 *       vintage: what a claim's words and unit are matched against;</li>
 *   <li>{@code subjects()}, {@code findSubject(code)} and {@code subjectCodesWithData()}: the entity codes
 *       ({@code GBR}, {@code OWID_WRL}) with their names;</li>
 *   <li>{@code seriesOf(attributeId)} (every subject's series of a measure, for "the highest in Europe" kinds of
 *       claims), {@code findSeries(code, attributeId)} and {@code requireSeries(code, attributeId)}: a
 *       {@link org.claimcheck.series.Series}, whose {@code findValue(year)}, {@code findLatestOnOrBefore(year or
 *       date)}, {@code between(from, to)}, {@code first()}, {@code last()} and {@code points()} give
 *       {@link org.claimcheck.series.YearlyPoint}s;</li>
 *   <li>{@code findLatestOnOrBefore(code, attributeId, date)}: the latest figure of a year that had begun by an
 *       article's date.</li>
 * </ul>
 * This package matches no text: turning "Britain" or "the UK" into {@code GBR} is a gazetteer's work, which can
 * use the subjects' names and aliases or its own, as long as it ends in the codes the data files use.
 *
 * <h2>Loading</h2>
 * {@link org.claimcheck.series.SeriesLoader} reads {@code series/manifest.csv} (one attribute per row),
 * {@code series/subjects.csv} and the data files the manifest names, in the wide layout (a year column, one
 * column per subject) or the long one (one figure per row). All or nothing: any problem, reported at
 * {@code file:line:col}, yields the empty index. Figures are kept as an {@code int[]} of years and a
 * {@code double[]} of values per subject and attribute.
 *
 * <h2>Importing</h2>
 * {@link org.claimcheck.series.owid.OwidImport} writes such a folder from an Our World in Data export laid out as
 * TSVer's {@code time_series}, with phrases from the project's curated vocabulary.
 */
package org.claimcheck.series;
