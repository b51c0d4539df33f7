/**
 * How the rows of a study travel from its simulations to its single writer with memory flat in study
 * length and cohort size: each patient × arm adds its rows to a {@link org.vpsim.results.spool.TaskSpool}
 * that holds a bounded number in memory and spills the rest to a binary file in the run's
 * {@link org.vpsim.results.spool.SpoolDirectory} (a hidden folder inside the run directory, deleted when the
 * run is committed or aborted). The writer replays each task's rows in task order, so the output is the same,
 * byte for byte, as when every row was held in a list. Knows no file format of the output.
 */
package org.vpsim.results.spool;
