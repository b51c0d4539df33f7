package org.vpsim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.vpsim.results.EventColumns;
import org.vpsim.results.EventRow;
import org.vpsim.results.ReplicateColumn;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.columns.ColumnType;
import org.vpsim.results.columns.Table;
import org.vpsim.scenario.run.PatientSimulation;

/**
 * What one patient × arm × replicate task produces, as <em>one</em> Spark row: the task's keys (arm, arm
 * index, patient index, replicate), its time series column by column as arrays (one array per catalogue
 * column, in the order the simulation made the rows; the patient and the replicate, the same in every row
 * of a task, once), its events as an array of event structs, and its summary or its failure as a struct.
 *
 * <p>Why one row per task rather than one per output row: the rows are cached between the simulation and the
 * writes, and an array of 26,000 doubles goes into Spark's row format and its cache as one block copy, where
 * 26,000 rows of 12 boxed values each cost a conversion and a cached-batch append per value (measured: that
 * conversion and caching took more time than the simulation itself). The writes turn the arrays back into rows
 * ({@code inline(arrays_zip(…))}, Spark's generated code) in parallel, one file per partition. The keys give
 * back the CLI's order — arm-major in scenario order, patients in cohort order, then replicates, rows in the
 * order the simulation made them — whatever the partitioning.
 */
final class TaskRows {

    static final String ARM = "arm";
    static final String ARM_INDEX = "_arm_index";
    static final String PATIENT_INDEX = "_patient_index";
    static final String REPLICATE = "_replicate";
    static final String PATIENT = "_patient";
    static final String ROWS = "_rows";
    static final String EVENTS = "_events";
    static final String SUMMARY_STRUCT = "_summary";
    static final String FAILURE_STRUCT = "_failure";

    /** Prefix of the per-column arrays of the time series. */
    private static final String TS = "ts__";
    /** Time-series columns the same in every row of a task: stored once, not as arrays. */
    private static final List<String> CONSTANT = List.of("patient", ReplicateColumn.NAME);
    private static final List<org.vpsim.results.columns.Column<TimeseriesRow>> ARRAY_COLUMNS =
            TimeseriesColumns.TABLE.columns().stream().filter(c -> !CONSTANT.contains(c.name())).toList();
    private static final StructType FAILURE_TYPE = DataTypes.createStructType(List.of(
            DataTypes.createStructField("patient", DataTypes.StringType, false),
            DataTypes.createStructField("minute", DataTypes.DoubleType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false)));

    static final StructType SCHEMA;

    static {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField(ARM, DataTypes.StringType, false));
        f.add(DataTypes.createStructField(ARM_INDEX, DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField(PATIENT_INDEX, DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField(REPLICATE, DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField(PATIENT, DataTypes.StringType, false));
        f.add(DataTypes.createStructField(ROWS, DataTypes.IntegerType, false));
        for (org.vpsim.results.columns.Column<TimeseriesRow> c : ARRAY_COLUMNS) {
            f.add(DataTypes.createStructField(TS + c.name(), DataTypes.createArrayType(storedType(c.type()), c.nullable()),
                    false));
        }
        f.add(DataTypes.createStructField(EVENTS, DataTypes.createArrayType(SparkSchemas.of(EventColumns.TABLE), false),
                false));
        f.add(DataTypes.createStructField(SUMMARY_STRUCT, SparkSchemas.of(SummaryColumns.TABLE), true));
        f.add(DataTypes.createStructField(FAILURE_STRUCT, FAILURE_TYPE, true));
        SCHEMA = DataTypes.createStructType(f);
    }

    private TaskRows() {
    }

    /** Timestamps travel as epoch milliseconds (a long array) and become timestamps when written. */
    private static DataType storedType(ColumnType type) {
        return type == ColumnType.TIMESTAMP_MILLIS ? DataTypes.LongType : SparkSchemas.typeOf(type);
    }

    /**
     * The time series of the given task rows as rows of the output table: its catalogued columns under their
     * own names, in stored order, the rows of each task in order, tasks in the order of the input partition.
     */
    static org.apache.spark.sql.Dataset<Row> timeseries(org.apache.spark.sql.Dataset<Row> tasks) {
        Column[] arrays = ARRAY_COLUMNS.stream().map(c -> functions.col(TS + c.name())).toArray(Column[]::new);
        org.apache.spark.sql.Dataset<Row> exploded = tasks.select(functions.col(PATIENT), functions.col(REPLICATE),
                functions.inline(functions.arrays_zip(arrays)));
        Column[] out = TimeseriesColumns.TABLE.columns().stream().map(c -> {
            String source = c.name().equals("patient") ? PATIENT
                    : c.name().equals(ReplicateColumn.NAME) ? REPLICATE : TS + c.name();
            Column v = functions.col(source);
            return (c.type() == ColumnType.TIMESTAMP_MILLIS ? functions.timestamp_millis(v) : v).as(c.name());
        }).toArray(Column[]::new);
        return exploded.select(out);
    }

    /** The events of the given task rows, in order, under the catalogue's names. */
    static org.apache.spark.sql.Dataset<Row> events(org.apache.spark.sql.Dataset<Row> tasks) {
        return tasks.select(functions.inline(functions.col(EVENTS)))
                .select(EventColumns.TABLE.names().stream().map(functions::col).toArray(Column[]::new));
    }

    /** The summary rows of the given task rows, under the catalogue's names. */
    static org.apache.spark.sql.Dataset<Row> summary(org.apache.spark.sql.Dataset<Row> tasks) {
        return tasks.filter(functions.col(SUMMARY_STRUCT).isNotNull())
                .select(SummaryColumns.TABLE.names().stream().map(n -> functions.col(SUMMARY_STRUCT + "." + n).as(n))
                        .toArray(Column[]::new));
    }

    /** The one row of a simulated patient × arm × replicate. */
    static Row of(int armIndex, int patientIndex, PatientSimulation.Result r) {
        List<TimeseriesRow> rows = r.rows();
        int n = rows.size();
        Object[] v = new Object[SCHEMA.size()];
        int i = 0;
        v[i++] = r.arm();
        v[i++] = armIndex;
        v[i++] = patientIndex;
        v[i++] = r.replicate();
        v[i++] = r.patient();
        v[i++] = n;
        for (org.vpsim.results.columns.Column<TimeseriesRow> c : ARRAY_COLUMNS) {
            v[i++] = array(c, rows);
        }
        // Arrays, not Java lists: Spark's row encoder takes Scala sequences or arrays.
        Row[] events = new Row[r.events().size()];
        int k = 0;
        for (EventRow e : r.events()) {
            events[k++] = struct(EventColumns.TABLE, e);
        }
        v[i++] = events;
        v[i++] = r.failed() ? null : struct(SummaryColumns.TABLE, r.summary());
        v[i] = r.failed() ? RowFactory.create(r.patient(), r.failure().minute(), r.failure().reason()) : null;
        return RowFactory.create(v);
    }

    /** One column of the time series as a Java array Spark converts in one go (primitive when required). */
    @SuppressWarnings("unchecked")
    private static Object array(org.vpsim.results.columns.Column<TimeseriesRow> c, List<TimeseriesRow> rows) {
        int n = rows.size();
        if (c.primitive() instanceof ToDoubleFunction<?> d) {
            double[] a = new double[n];
            for (int k = 0; k < n; k++) {
                a[k] = ((ToDoubleFunction<TimeseriesRow>) d).applyAsDouble(rows.get(k));
            }
            return a;
        }
        if (c.primitive() instanceof ToLongFunction<?> l) {
            long[] a = new long[n];
            for (int k = 0; k < n; k++) {
                a[k] = ((ToLongFunction<TimeseriesRow>) l).applyAsLong(rows.get(k));
            }
            return a;
        }
        Object[] a = new Object[n];
        for (int k = 0; k < n; k++) {
            Object value = c.of(rows.get(k));
            a[k] = c.type() == ColumnType.TIMESTAMP_MILLIS && value != null ? ((Number) value).longValue() : value;
        }
        return a;
    }

    private static <R> Row struct(Table<R> table, R record) {
        Object[] v = new Object[table.columns().size()];
        int i = 0;
        for (org.vpsim.results.columns.Column<R> c : table.columns()) {
            v[i++] = SparkSchemas.toSpark(c.type(), c.of(record));
        }
        return RowFactory.create(v);
    }
}
