/**
 * Parquet encoding of the result records: the run writer ({@link org.vpsim.results.parquet.RunWriter}),
 * schemas and a table writer ({@link org.vpsim.results.parquet.TableFileWriter}, Parquet-Java's column-writer
 * API, from blocks of columns or records) derived from the column catalogue of {@code results}, writer/reader
 * factories over local files, and the {@link org.vpsim.results.RunReader} the analysis tools read with.
 *
 * <p>Contract: column names carry units; {@code time} is INT64 TIMESTAMP(MILLIS, isAdjustedToUTC);
 * strings are BINARY with the STRING annotation; nullable catalogue columns are OPTIONAL, the rest
 * REQUIRED. Files are ZSTD-compressed and deterministic: the footer holds only the schema, the fixed
 * {@code created_by} of the Parquet-Java release and a fixed {@code vpsim.schema} key (the table's
 * catalogue version), so the same rows give byte-identical files. No Hadoop {@code FileSystem} or
 * configuration file is used ({@code LocalOutputFile}/{@code LocalInputFile} with a
 * {@code PlainParquetConfiguration}). The layout of a run directory is in the {@code org.vpsim.results}
 * package documentation.
 */
package org.vpsim.results.parquet;
