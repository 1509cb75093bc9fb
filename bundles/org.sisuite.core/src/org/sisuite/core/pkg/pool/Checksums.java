package org.sisuite.core.pkg.pool;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;

/** Verifies the checksums repository metadata gives for its files. */
final class Checksums {

	private Checksums() {
	}

	/** The JDK digest for a repodata {@code type} or a Release field ({@code sha256}, {@code SHA256}, {@code MD5Sum}). */
	static MessageDigest digest(String type) throws CoreException {
		String name = switch (type.toLowerCase(Locale.ROOT)) {
		case "sha", "sha1" -> "SHA-1";
		case "sha224" -> "SHA-224";
		case "sha256" -> "SHA-256";
		case "sha384" -> "SHA-384";
		case "sha512" -> "SHA-512";
		case "md5", "md5sum" -> "MD5";
		default -> throw new CoreException(Statuses.badInput("Unknown checksum type '" + type + "'"));
		};
		try {
			return MessageDigest.getInstance(name);
		} catch (NoSuchAlgorithmException e) {
			throw new CoreException(Statuses.error("This Java has no " + name + " digest", e));
		}
	}

	/**
	 * Checks {@code data} against the expected hex digest.
	 *
	 * @throws CoreException (bad input) naming the file, the expected and the actual checksum
	 */
	static void verify(String file, byte[] data, String type, String expected) throws CoreException {
		String actual = HexFormat.of().formatHex(digest(type).digest(data));
		if (!actual.equalsIgnoreCase(expected.strip())) {
			throw new CoreException(Statuses.badInput(mismatch(file, type, expected, actual)));
		}
	}

	static String mismatch(String file, String type, String expected, String actual) {
		return "Checksum mismatch for " + file + ": expected " + type.toLowerCase(Locale.ROOT) + " " + expected.strip()
				+ ", actual " + actual;
	}
}
