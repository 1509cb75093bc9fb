package org.sisuite.core.pkg;

import java.util.Set;

/**
 * Debian architecture names and wildcards ({@code any}, {@code linux-any}, {@code any-amd64}) as
 * far as dependency restrictions and {@code Architecture:} fields need them. An architecture
 * without a hyphen runs Linux ({@code amd64}); {@code hurd-i386} is Hurd on i386.
 */
public final class DebianArchitectures {

	/** The pseudo-architecture of architecture-independent packages. */
	public static final String ALL = "all";

	private static final Set<String> ARM = Set.of("armel", "armhf", "arm");

	private DebianArchitectures() {
	}

	/** Whether {@code architecture} is matched by {@code pattern} (a name or a wildcard). */
	public static boolean matches(String architecture, String pattern) {
		if (pattern.equals("any") || pattern.equals(architecture)) {
			return true;
		}
		int hyphen = pattern.indexOf('-');
		if (hyphen < 0) {
			return false;
		}
		String patternOs = pattern.substring(0, hyphen);
		String patternCpu = pattern.substring(hyphen + 1);
		return (patternOs.equals("any") || patternOs.equals(os(architecture)))
				&& (patternCpu.equals("any") || patternCpu.equals(cpu(architecture)));
	}

	static String os(String architecture) {
		int hyphen = architecture.indexOf('-');
		return hyphen < 0 ? "linux" : architecture.substring(0, hyphen);
	}

	static String cpu(String architecture) {
		int hyphen = architecture.indexOf('-');
		String cpu = hyphen < 0 ? architecture : architecture.substring(hyphen + 1);
		return ARM.contains(cpu) ? "arm" : cpu;
	}
}
