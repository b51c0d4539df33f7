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
import org.vpsim.results.SummaryRow;
import org.vpsim.results.TimeseriesColumns;
import org.vpsim.results.TimeseriesRow;
import org.vpsim.results.columns.Table;
import org.vpsim.scenario.run.PatientSimulation;

/**
 * The rows one patient × arm task produces, as one Spark row type: a tag saying which output table
 * the row belongs to, the task's keys (arm, arm index, patient index, position of the row in the
 * task's output) and the columns of every table (those of the other tables null). One simulation
 * pass fills all three tables; the driver splits them by tag. The keys give back the CLI's order —
 * arm-major in scenario order, patients in cohort order, rows in the order the simulation made them —
 * whatever the partitioning.
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
    static final String SEQ = "_seq";
    static final String PATIENT = "_patient";
    static final String FAILURE_MINUTE = "_failure_minute";
    static final String FAILURE_REASON = "_failure_reason";

    private static final String TS = "ts__";
    private static final String EV = "ev__";
    private static final String SM = "sm__";
    private static final int KEYS = 8;

    static final StructType SCHEMA;
    private static final int TS_FROM;
    private static final int EV_FROM;
    private static final int SM_FROM;
    private static final int WIDTH;

    static {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField(TABLE, DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField(ARM, DataTypes.StringType, false));
        f.add(DataTypes.createStructField(ARM_INDEX, DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField(PATIENT_INDEX, DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField(SEQ, DataTypes.LongType, false));
        f.add(DataTypes.createStructField(PATIENT, DataTypes.StringType, false));
        f.add(DataTypes.createStructField(FAILURE_MINUTE, DataTypes.DoubleType, true));
        f.add(DataTypes.createStructField(FAILURE_REASON, DataTypes.StringType, true));
        TS_FROM = f.size();
        add(f, TS, TimeseriesColumns.TABLE);
        EV_FROM = f.size();
        add(f, EV, EventColumns.TABLE);
        SM_FROM = f.size();
        add(f, SM, SummaryColumns.TABLE);
        WIDTH = f.size();
        SCHEMA = DataTypes.createStructType(f);
        if (KEYS != TS_FROM) {
            throw new IllegalStateException("key columns miscounted");
        }
    }

    private TaskRows() {
    }

    private static void add(List<StructField> fields, String prefix, Table<?> table) {
        // Every table column is nullable here: a row carries the columns of one table only.
        for (StructField s : SparkSchemas.of(table).fields()) {
            fields.add(DataTypes.createStructField(prefix + s.name(), s.dataType(), true));
        }
    }

    /** The columns of one table, under their own names, from rows of that table. */
    static Column[] select(Table<?> table) {
        String prefix = table == TimeseriesColumns.TABLE ? TS : table == EventColumns.TABLE ? EV : SM;
        return table.names().stream().map(n -> functions.col(prefix + n).as(n)).toArray(Column[]::new);
    }

    /** Every row of one simulated patient × arm, in the CLI's order. */
    static List<Row> of(int armIndex, int patientIndex, PatientSimulation.Result r) {
        List<Row> out = new ArrayList<>(r.rows().size() + r.events().size() + 2);
        long seq = 0;
        for (TimeseriesRow row : r.rows()) {
            out.add(row(TIMESERIES, armIndex, patientIndex, seq++, r, TS_FROM, TimeseriesColumns.TABLE, row));
        }
        seq = 0;
        for (EventRow e : r.events()) {
            out.add(row(EVENT, armIndex, patientIndex, seq++, r, EV_FROM, EventColumns.TABLE, e));
        }
        if (r.failed()) {
            Object[] v = keys(FAILURE, armIndex, patientIndex, 0, r);
            v[6] = r.failure().minute();
            v[7] = r.failure().reason();
            out.add(RowFactory.create(v));
        } else {
            out.add(row(SUMMARY, armIndex, patientIndex, 0, r, SM_FROM, SummaryColumns.TABLE, r.summary()));
        }
        return out;
    }

    private static <R> Row row(int table, int armIndex, int patientIndex, long seq, PatientSimulation.Result r,
                               int from, Table<R> columns, R record) {
        Object[] v = keys(table, armIndex, patientIndex, seq, r);
        int i = from;
        for (org.vpsim.results.columns.Column<R> c : columns.columns()) {
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
        v[4] = seq;
        v[5] = r.patient();
        return v;
    }
}
