package org.vpsim.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.vpsim.scenario.run.StudyPlan;

/**
 * How the study's tasks (arm-major, then patient, then replicate) are cut into Spark partitions: each
 * partition holds consecutive tasks of one arm, never two arms, so the rows a partition produces are a
 * contiguous stretch of that arm's time series in the CLI's order and can be written as one file of it.
 * The requested partitions are shared equally between the arms (at least one per arm, at most one per task).
 */
final class TaskSlices {

    private TaskSlices() {
    }

    /**
     * @param tasks      the study's tasks in output order
     * @param arms       number of arms (tasks are arm-major, the same number per arm)
     * @param partitions partitions wanted in all
     * @return the slices, in task order; each a list of task rows (arm index, patient index, replicate)
     */
    static List<List<Row>> of(List<StudyPlan.Task> tasks, int arms, int partitions) {
        int perArm = tasks.size() / arms;
        int slicesPerArm = Math.max(1, Math.min(perArm, partitions / arms));
        List<List<Row>> slices = new ArrayList<>();
        for (int a = 0; a < arms; a++) {
            for (int s = 0; s < slicesPerArm; s++) {
                // Slice s holds tasks [s·n/k, (s+1)·n/k) of the arm: sizes differ by at most one.
                int from = (int) ((long) s * perArm / slicesPerArm);
                int to = (int) ((long) (s + 1) * perArm / slicesPerArm);
                ArrayList<Row> slice = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    StudyPlan.Task t = tasks.get(a * perArm + i);
                    slice.add(RowFactory.create(t.arm(), t.patient(), t.replicate()));
                }
                slices.add(slice);
            }
        }
        return slices;
    }
}
