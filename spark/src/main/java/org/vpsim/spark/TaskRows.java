package org.vpsim.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.vpsim.results.EventColumns;
import org.vpsim.results.EventRow;
import org.vpsim.results.SummaryColumns;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.columns.Table;
import org.vpsim.scenario.run.PatientSimulation;

/**
 * The rows one patient × arm × replicate task produces, as one Spark row type: a tag saying which output
 * table the row belongs to, the task's keys (arm, arm index, patient index, replicate, position of the row
 * in the task's output), the time series columns, and the (rare) event, summary and failure rows as struct
 * columns — null in the rows of the other tables. One simulation pass fills all three tables; the
 * driver splits them by tag. Keeping the bulk (time series) as plain columns and the rest as structs
 * keeps the rows narrow, which is what the cache between the simulation and the writes pays for. The
 * keys give back the CLI's order — arm-major in scenario order, patients in cohort order, then replicates,
 * rows in the order the simulation made them — whatever the partitioning.
 */
final class TaskRows {

    static final int TIMESERIES = 0;
    static final int EVENT = 1;
    static final int SUMMARY = 2;
    static final int FAILURE = 3;

    static final String TABLE = "_table";
    static final String ARM = "arm";
    static final String ARM_INDEX = "_arm_index";
    static final String PATIENT_INDEX = "_patient_index";
    static final String REPLICATE = "_replicate";
    static final String SEQ = "_seq";
    static final String EVENT_STRUCT = "_event";
    static final String SUMMARY_STRUCT = "_summary";
    static final String FAILURE_STRUCT = "_failure";

    private static final String TS = "ts__";
    private static final int KEYS = 6;
    private static final StructType FAILURE_TYPE = DataTypes.createStructType(List.of(
            DataTypes.createStructField("patient", DataTypes.StringType, false),
            DataTypes.createStructField("minute", DataTypes.DoubleType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false)));

    static final StructType SCHEMA;
    private static final int EV_AT;
    private static final int SM_AT;
    private static final int FAIL_AT;
    private static final int WIDTH;

    static {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField(TABLE, DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField(ARM, DataTypes.StringType, false));
        f.add(DataTypes.createStructField(ARM_INDEX, DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField(PATIENT_INDEX, DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField(REPLICATE, DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField(SEQ, DataTypes.LongType, false));
        if (f.size() != KEYS) {
            throw new IllegalStateException("key columns miscounted");
        }
        // Nullable here: a row carries the columns of one table only.
        for (StructField c : SparkSchemas.of(TimeseriesColumns.TABLE).fields()) {
            f.add(DataTypes.createStructField(TS + c.name(), c.dataType(), true));
        }
        EV_AT = f.size();
        f.add(DataTypes.createStructField(EVENT_STRUCT, SparkSchemas.of(EventColumns.TABLE), true));
        SM_AT = f.size();
        f.add(DataTypes.createStructField(SUMMARY_STRUCT, SparkSchemas.of(SummaryColumns.TABLE), true));
        FAIL_AT = f.size();
        f.add(DataTypes.createStructField(FAILURE_STRUCT, FAILURE_TYPE, true));
        WIDTH = f.size();
        SCHEMA = DataTypes.createStructType(f);
    }

    private TaskRows() {
    }

    /** The columns of one table, under their own names and in stored order, from rows of that table. */
    static Column[] select(Table<?> table) {
        if (table == TimeseriesColumns.TABLE) {
            return table.names().stream().map(n -> functions.col(TS + n).as(n)).toArray(Column[]::new);
        }
        String struct = table == EventColumns.TABLE ? EVENT_STRUCT : SUMMARY_STRUCT;
        return table.names().stream().map(n -> functions.col(struct + "." + n).as(n)).toArray(Column[]::new);
    }

    /** Every row of one simulated patient × arm × replicate, in the CLI's order. */
    static List<Row> of(int armIndex, int patientIndex, PatientSimulation.Result r) {
        List<Row> out = new ArrayList<>(r.rows().size() + r.events().size() + 1);
        long seq = 0;
        for (TimeseriesRow row : r.rows()) {
            Object[] v = keys(TIMESERIES, armIndex, patientIndex, seq++, r);
            int i = KEYS;
            for (org.vpsim.results.columns.Column<TimeseriesRow> c : TimeseriesColumns.TABLE.columns()) {
                v[i++] = SparkSchemas.toSpark(c.type(), c.of(row));
            }
            out.add(RowFactory.create(v));
        }
        seq = 0;
        for (EventRow e : r.events()) {
            Object[] v = keys(EVENT, armIndex, patientIndex, seq++, r);
            v[EV_AT] = struct(EventColumns.TABLE, e);
            out.add(RowFactory.create(v));
        }
        if (r.failed()) {
            Object[] v = keys(FAILURE, armIndex, patientIndex, 0, r);
            v[FAIL_AT] = RowFactory.create(r.patient(), r.failure().minute(), r.failure().reason());
            out.add(RowFactory.create(v));
        } else {
            Object[] v = keys(SUMMARY, armIndex, patientIndex, 0, r);
            v[SM_AT] = struct(SummaryColumns.TABLE, r.summary());
            out.add(RowFactory.create(v));
        }
        return out;
    }

    private static <R> Row struct(Table<R> table, R record) {
        Object[] v = new Object[table.columns().size()];
        int i = 0;
        for (org.vpsim.results.columns.Column<R> c : table.columns()) {
            v[i++] = SparkSchemas.toSpark(c.type(), c.of(record));
        }
        return RowFactory.create(v);
    }

    private static Object[] keys(int table, int armIndex, int patientIndex, long seq, PatientSimulation.Result r) {
        Object[] v = new Object[WIDTH];
        v[0] = table;
        v[1] = r.arm();
        v[2] = armIndex;
        v[3] = patientIndex;
        v[4] = r.replicate();
        v[5] = seq;
        return v;
    }
}
