/**
 * The vpsim study as an Apache Spark 4 application ({@code spark/target/vpsim-spark.jar}, main class
 * {@link org.vpsim.spark.SparkStudy}).
 *
 * <p>Contract: for the same scenario and options, the run directory holds the same tables as
 * {@code vpsim run} — {@code timeseries/arm=<arm>/part-00000.parquet}, {@code events.parquet},
 * {@code summary.parquet} — with the same column names and order (Spark schema derived from the
 * column catalogue of {@code results}), the same values in the same row order, and a
 * {@code manifest.json} written last by the driver listing the files with their sizes and SHA-256.
 * The files are byte-identical whatever the number of task partitions. Differences from the CLI's
 * files: Spark writes every column as OPTIONAL and its own footer ({@code created_by}, Spark schema
 * metadata), so checksums differ from the CLI's while every value is equal; controller stderr logs
 * are not kept; {@code threads} in the manifest is the cluster's default parallelism.
 *
 * <p>Each patient × arm is simulated inside an executor by {@code PatientSimulation.run}, the pure
 * function the CLI uses, from the scenario's JSON text. Our Parquet-Java and Hadoop client are not on
 * this module's class path (Spark brings its own versions).
 */
package org.vpsim.spark;
