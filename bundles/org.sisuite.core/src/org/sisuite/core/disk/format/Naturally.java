package org.sisuite.core.disk.format;

/** Orders device names as people do: /dev/sda2 before /dev/sda10, /dev/sdz before /dev/sdaa. */
final class Naturally {

	private Naturally() {
	}

	static int compare(String left, String right) {
		int byLength = Integer.compare(stem(left).length(), stem(right).length());
		if (!stem(left).equals(stem(right)) && byLength != 0) {
			return byLength;
		}
		int i = 0;
		int j = 0;
		while (i < left.length() && j < right.length()) {
			char a = left.charAt(i);
			char b = right.charAt(j);
			if (Character.isDigit(a) && Character.isDigit(b)) {
				int endA = i;
				while (endA < left.length() && Character.isDigit(left.charAt(endA))) {
					endA++;
				}
				int endB = j;
				while (endB < right.length() && Character.isDigit(right.charAt(endB))) {
					endB++;
				}
				String numberA = left.substring(i, endA).replaceFirst("^0+(?=.)", "");
				String numberB = right.substring(j, endB).replaceFirst("^0+(?=.)", "");
				int compared = numberA.length() != numberB.length() ? Integer.compare(numberA.length(), numberB.length())
						: numberA.compareTo(numberB);
				if (compared != 0) {
					return compared;
				}
				i = endA;
				j = endB;
			} else {
				if (a != b) {
					return Character.compare(a, b);
				}
				i++;
				j++;
			}
		}
		int rest = Integer.compare(left.length() - i, right.length() - j);
		return rest != 0 ? rest : left.compareTo(right);
	}

	/** The name up to its first digit: /dev/sdaa is longer than /dev/sdz, so it sorts after. */
	private static String stem(String name) {
		int i = 0;
		while (i < name.length() && !Character.isDigit(name.charAt(i))) {
			i++;
		}
		return name.substring(0, i);
	}
}
