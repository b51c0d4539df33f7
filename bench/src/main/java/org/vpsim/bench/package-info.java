/**
 * JMH benchmarks, outside the default build (profile {@code bench}). Not a library: nothing imports it.
 */
package org.vpsim.bench;
