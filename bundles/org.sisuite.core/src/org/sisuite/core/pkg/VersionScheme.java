package org.sisuite.core.pkg;

import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;

/** The two version orderings SIS knows: rpm's and dpkg's. */
public enum VersionScheme {
	/** {@code [epoch:]version[-release]} ordered as rpm orders it. */
	RPM {
		@Override
		public int compare(String left, String right) throws CoreException {
			return RpmVersion.compare(left, right);
		}
	},
	/** {@code [epoch:]upstream[-revision]} ordered as dpkg orders it. */
	DEB {
		@Override
		public int compare(String left, String right) throws CoreException {
			return DebianVersion.compare(left, right);
		}
	};

	/**
	 * -1, 0 or 1 as {@code left} is older than, the same as, or newer than {@code right}.
	 *
	 * @throws CoreException (bad input) naming the version this scheme cannot parse
	 */
	public abstract int compare(String left, String right) throws CoreException;

	/** The scheme called {@code name} ({@code rpm} or {@code deb}, any case). */
	public static VersionScheme named(String name) throws CoreException {
		try {
			return valueOf(name.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new CoreException(Statuses.badInput("Unknown version scheme '" + name + "': expected rpm or deb"));
		}
	}
}
