/**
 * The HTML report of a run ({@link org.vpsim.results.report.HtmlReport}) and the ambulatory glucose
 * profile it draws ({@link org.vpsim.results.report.AgpProfile}).
 *
 * <p>Contract: the report is one UTF-8 HTML file with inline CSS and inline SVG only — no script, no
 * external font, image or style — so it renders with the network disabled; its figures carry stable
 * element ids (listed on {@code HtmlReport}); its size is bounded by the number of arms and traced
 * patients, not by the cohort's length.
 */
package org.vpsim.results.report;
