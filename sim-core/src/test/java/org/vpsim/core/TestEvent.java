package org.vpsim.core;

/** A labelled event for kernel tests; the label makes traces readable in failure messages. */
record TestEvent(long timeMillis, int priority, String label) implements Event {
}
