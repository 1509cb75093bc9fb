package org.sisuite.core.pkg;

/**
 * A version relation of a dependency: dpkg writes {@code << <= = >= >>}, rpm {@code < <= = >= >}
 * (and {@code LT LE EQ GE GT} in repository metadata).
 */
public enum Relation {
	LT("<<", "<", "LT"), LE("<=", "<=", "LE"), EQ("=", "=", "EQ"), GE(">=", ">=", "GE"), GT(">>", ">", "GT");

	private final String debian;
	private final String rpm;
	private final String flag;

	Relation(String debian, String rpm, String flag) {
		this.debian = debian;
		this.rpm = rpm;
		this.flag = flag;
	}

	/** How dpkg writes it. */
	public String debian() {
		return debian;
	}

	/** How rpm writes it in a spec file or {@code rpm -q --requires}. */
	public String rpm() {
		return rpm;
	}

	/** How repodata writes it ({@code flags="GE"}). */
	public String flag() {
		return flag;
	}

	/** Whether a version that compares {@code comparison} (-1, 0, 1) to the bound satisfies this relation. */
	public boolean holds(int comparison) {
		return switch (this) {
		case LT -> comparison < 0;
		case LE -> comparison <= 0;
		case EQ -> comparison == 0;
		case GE -> comparison >= 0;
		case GT -> comparison > 0;
		};
	}

	/** Whether the relation admits versions below the bound (rpm's LESS bit). */
	public boolean less() {
		return this == LT || this == LE;
	}

	/** Whether the relation admits versions above the bound (rpm's GREATER bit). */
	public boolean greater() {
		return this == GT || this == GE;
	}

	/** Whether the relation admits the bound itself (rpm's EQUAL bit). */
	public boolean equal() {
		return this == LE || this == EQ || this == GE;
	}

	/** The relation of a repodata {@code flags} attribute ({@code LT ... GT}), or null if it is none of them. */
	public static Relation ofFlag(String flag) {
		for (Relation relation : values()) {
			if (relation.flag.equals(flag)) {
				return relation;
			}
		}
		return null;
	}

	/** The relation of rpm's sense bits (LESS 2, GREATER 4, EQUAL 8), or null when none is set. */
	public static Relation ofSense(int flags) {
		boolean less = (flags & 2) != 0;
		boolean greater = (flags & 4) != 0;
		boolean equal = (flags & 8) != 0;
		if (less && !greater) {
			return equal ? LE : LT;
		}
		if (greater && !less) {
			return equal ? GE : GT;
		}
		return equal ? EQ : null;
	}
}
