/**
 * Parquet encoding of the result records: schemas, one small {@code WriteSupport} per record type,
 * writer/reader factories over local files.
 *
 * <p>Contract: column names carry units; {@code time} is INT64 TIMESTAMP(MILLIS, isAdjustedToUTC);
 * strings are BINARY with the STRING annotation; nullable record fields are OPTIONAL columns, the
 * rest REQUIRED. Files are ZSTD-compressed and deterministic: the footer holds only the schema, the
 * fixed {@code created_by} of the Parquet-Java release and a fixed {@code vpsim.schema} key, so the
 * same rows give byte-identical files. No Hadoop {@code FileSystem} or configuration file is used
 * ({@code LocalOutputFile}/{@code LocalInputFile} with a {@code PlainParquetConfiguration}).
 */
package org.vpsim.results.parquet;
