package org.vpsim.scenario.run;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps tasks on a thread pool and hands the results to a single-threaded consumer <em>in task
 * order</em>, with at most {@code window} results in flight. Why: output must be byte-identical
 * whatever the thread count (the consumer sees the same sequence), and memory must not grow with
 * the cohort (only the window is held, never the whole cohort).
 */
public final class OrderedParallelMap {
    private OrderedParallelMap() {
    }

    /**
     * Most tasks running or finished and waiting for the consumer at once: twice the threads (so a worker
     * never waits for the consumer while the window has room), one on a single thread (work, then consume).
     */
    public static int window(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads + " must be >= 1");
        }
        return threads == 1 ? 1 : threads * 2;
    }

    public static <T, R> void run(List<T> tasks, int threads, Function<T, R> work, Consumer<R> consumer) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads + " must be >= 1");
        }
        if (threads == 1) {
            for (T t : tasks) {
                consumer.accept(work.apply(t));
            }
            return;
        }
        int window = window(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "vpsim-worker");
            th.setDaemon(true);
            // A task's failure reaches the caller through its future; an Error outside a task (out of memory in
            // the pool's own bookkeeping) must not print a JVM stack trace: the caller's wait reports the run.
            th.setUncaughtExceptionHandler((thread, e) -> { });
            return th;
        });
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < tasks.size() || !inFlight.isEmpty()) {
                while (next < tasks.size() && inFlight.size() < window) {
                    T task = tasks.get(next++);
                    inFlight.add(pool.submit(() -> work.apply(task)));
                }
                consumer.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a simulation", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
