package org.vpsim.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version written into the jar manifest at build time. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VpsimCommand.class.getPackage().getImplementationVersion();
        return new String[] {"vpsim " + (v == null ? "development" : v)};
    }
}
