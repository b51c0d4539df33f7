/**
 * Result records of a vpsim run, their column catalogue and the layout of a run directory, without
 * any file-format library (the Parquet writer and reader are in {@code results-parquet}).
 *
 * <p>Contract: the run writer ({@code org.vpsim.results.parquet.RunWriter}) accepts {@link org.vpsim.results.TimeseriesRow}s
 * (per arm), {@link org.vpsim.results.EventRow}s and {@link org.vpsim.results.SummaryRow}s in the
 * order the caller gives them, keeps at most one row group per open file in memory, and on
 * {@code commit} produces:
 * <pre>
 *   timeseries/arm=&lt;arm&gt;/part-00000.parquet   (Hive-style partition: the arm is the directory)
 *   events.parquet                               (with an arm column)
 *   summary.parquet                              (one row per patient × arm)
 *   manifest.json                                (written last; its presence means "complete")
 * </pre>
 * The same rows in the same order give byte-identical Parquet files. This package knows nothing of
 * how rows are produced (no patient, pump or scenario types). Every column of the three files is
 * catalogued once — {@link org.vpsim.results.TimeseriesColumns}, {@link org.vpsim.results.EventColumns},
 * {@link org.vpsim.results.SummaryColumns} — and that catalogue drives the file schemas, writers,
 * readers and the column documentation. Analysis of a finished run lives in the
 * {@code comparison}, {@code report} and {@code verify} subpackages; how rows travel from many simulations
 * to the one writer with bounded memory (per-task spools) in {@code spool}.
 */
package org.vpsim.results;
