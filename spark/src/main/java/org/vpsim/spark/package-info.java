/**
 * The vpsim study as an Apache Spark 4 application ({@code spark/target/vpsim-spark.jar}, main class
 * {@link org.vpsim.spark.SparkStudy}).
 *
 * <p>Contract: for the same scenario and options, the run directory holds the same tables as
 * {@code vpsim run} — {@code timeseries/arm=<arm>/part-NNNNN.parquet} (one file per task partition of the
 * arm; read in name order they hold the CLI's one file's rows), {@code events.parquet},
 * {@code summary.parquet} — with the same column names and order (Spark schema derived from the column
 * catalogue of {@code results}), the same values in the same row order, controller plug-ins and external
 * controllers' stderr logs as in the CLI, and a {@code manifest.json} written last by the driver listing the
 * files with their sizes and SHA-256. Events and summary are byte-identical whatever the number of task
 * partitions; the time series' content is too, split into as many files per arm as the arm has partitions.
 * Differences from the CLI's files: Spark writes every column as OPTIONAL and its own footer
 * ({@code created_by}, Spark schema metadata), so checksums differ from the CLI's while every value is equal;
 * {@code threads} in the manifest is the cluster's default parallelism.
 *
 * <p>Each patient × arm × replicate is simulated inside an executor by {@code PatientSimulation.run}, the pure
 * function the CLI uses, from the scenario's JSON text, and leaves as one row of column arrays
 * ({@link org.vpsim.spark.TaskRows}). Our Parquet-Java and Hadoop client are not on this module's class path
 * (Spark brings its own versions).
 */
package org.vpsim.spark;
