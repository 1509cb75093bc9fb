package org.sisuite.core.pkg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.DebianArchitectures;
import org.sisuite.core.pkg.Dependency;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.pool.PoolPackage;

/**
 * The architectures an image installs. Debian: a native architecture, {@code all}, and the
 * foreign architectures given after it (multiarch); which package satisfies which dependency
 * follows dpkg's rules ({@code Multi-Arch: foreign} satisfies any architecture, {@code :any} needs
 * {@code Multi-Arch: allowed}, otherwise the dependent's own architecture). rpm: the native
 * architecture, {@code noarch}, and its multilib companions (i686 and older for x86_64), less
 * preferred in that order.
 */
public final class TargetArchitectures {

	private static final Map<String, List<String>> RPM_COMPATIBLE = Map.of("x86_64", List.of("i686", "i586", "i486", "i386"),
			"i686", List.of("i586", "i486", "i386"), "aarch64", List.of(), "ppc64le", List.of(), "s390x", List.of());

	private final VersionScheme scheme;
	private final String nativeArch;
	/** Compatible architectures, best first; the index is the preference score. */
	private final List<String> ranked;

	private TargetArchitectures(VersionScheme scheme, String nativeArch, List<String> ranked) {
		this.scheme = scheme;
		this.nativeArch = nativeArch;
		this.ranked = List.copyOf(ranked);
	}

	/**
	 * The target for {@code architectures}: the native one first, then (Debian) the foreign ones,
	 * or (rpm) the ones to add to its multilib companions. Empty for the default (amd64, x86_64).
	 *
	 * @throws CoreException (bad input) for an architecture the scheme does not use
	 */
	public static TargetArchitectures of(VersionScheme scheme, List<String> architectures) throws CoreException {
		List<String> given = new ArrayList<>();
		for (String a : architectures) {
			for (String part : a.split(",")) {
				if (!part.isBlank()) {
					given.add(part.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		String nativeArch = given.isEmpty() ? (scheme == VersionScheme.DEB ? "amd64" : "x86_64") : given.get(0);
		List<String> ranked = new ArrayList<>();
		ranked.add(nativeArch);
		if (scheme == VersionScheme.DEB) {
			if (nativeArch.equals("x86_64") || nativeArch.equals("noarch")) {
				throw new CoreException(Statuses.badInput("'" + nativeArch + "' is an rpm architecture; Debian calls it "
						+ (nativeArch.equals("x86_64") ? "amd64" : "all")));
			}
			ranked.add(DebianArchitectures.ALL);
		} else {
			if (nativeArch.equals("amd64") || nativeArch.equals("all")) {
				throw new CoreException(Statuses.badInput("'" + nativeArch + "' is a Debian architecture; rpm calls it "
						+ (nativeArch.equals("amd64") ? "x86_64" : "noarch")));
			}
			ranked.add("noarch");
			ranked.addAll(RPM_COMPATIBLE.getOrDefault(nativeArch, List.of()));
		}
		for (String extra : given.subList(Math.min(1, given.size()), given.size())) {
			if (!ranked.contains(extra)) {
				ranked.add(extra);
			}
		}
		return new TargetArchitectures(scheme, nativeArch, ranked);
	}

	public String nativeArch() {
		return nativeArch;
	}

	/** Every architecture packages may have, best first. */
	public List<String> all() {
		return ranked;
	}

	/** How much a package's architecture is preferred: 0 best; -1 when it cannot be installed. */
	public int score(String arch) {
		int index = ranked.indexOf(arch);
		if (index < 0) {
			return -1;
		}
		// native and arch-independent packages are equally good
		return index <= 1 ? 0 : index - 1;
	}

	/**
	 * Whether {@code candidate} (a real package or a provider) may satisfy {@code dependency} as far
	 * as architectures go.
	 *
	 * @param dependentArch the architecture of the package that has the dependency (the native one
	 *                      for a request)
	 * @param conflict      whether the dependency is a Conflicts or Breaks ({@code :any} matches everything)
	 */
	public boolean satisfies(Dependency dependency, String dependentArch, PoolPackage candidate, boolean conflict) {
		if (score(candidate.arch()) < 0) {
			return false;
		}
		String qualifier = dependency.archQualifier();
		if (scheme == VersionScheme.RPM) {
			return qualifier == null || qualifier.equals(candidate.arch());
		}
		if ("foreign".equals(candidate.multiArch())) {
			return true;
		}
		String wanted;
		if ("any".equals(qualifier)) {
			if (conflict || "allowed".equals(candidate.multiArch())) {
				return true;
			}
			wanted = dependentArch;
		} else if (qualifier == null) {
			wanted = dependentArch;
		} else if (qualifier.equals("native")) {
			wanted = nativeArch;
		} else {
			wanted = qualifier;
		}
		return effective(candidate.arch()).equals(effective(wanted));
	}

	private String effective(String arch) {
		return arch == null || arch.equals(DebianArchitectures.ALL) ? nativeArch : arch;
	}
}
