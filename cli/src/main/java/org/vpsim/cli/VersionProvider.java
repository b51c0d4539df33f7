package org.vpsim.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version written into the jar manifest at build time. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"vpsim " + version()};
    }

    /** The jar's Implementation-Version, or {@code development} when run from classes. */
    static String version() {
        String v = VpsimCommand.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
