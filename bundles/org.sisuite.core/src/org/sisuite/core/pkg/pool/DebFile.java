package org.sisuite.core.pkg.pool;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.pool.ControlFile.Stanza;

/**
 * A {@code .deb} file: an {@code ar} archive of {@code debian-binary} (format 2.x),
 * {@code control.tar[.gz|.xz|.bz2]} and {@code data.tar.*}; the package is the {@code control}
 * file of the control member. zstd-compressed members (Ubuntu's default) are reported as such.
 */
public final class DebFile {

	private DebFile() {
	}

	/**
	 * The package in {@code file}.
	 *
	 * @param location what to record as the package's location (e.g. the path relative to the pool)
	 * @param pool     the pool's location
	 * @throws CoreException (bad input) when the file is not a readable binary package
	 */
	public static PoolPackage read(Path file, String location, String pool) throws CoreException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
				ArArchiveInputStream ar = new ArArchiveInputStream(in)) {
			ArArchiveEntry first = ar.getNextEntry();
			if (first == null || !first.getName().equals("debian-binary")) {
				throw bad(file, "not a Debian binary package (its first member is not debian-binary)");
			}
			String format = new String(ar.readNBytes(16), StandardCharsets.US_ASCII).strip();
			if (!format.startsWith("2.")) {
				throw bad(file, "unsupported package format '" + format + "' (dpkg reads 2.x)");
			}
			for (ArArchiveEntry entry = ar.getNextEntry(); entry != null; entry = ar.getNextEntry()) {
				String name = entry.getName();
				if (name.startsWith("_")) {
					continue; // members dpkg ignores
				}
				if (!name.startsWith("control.tar")) {
					throw bad(file, "expected the control member after debian-binary, found '" + name + "'");
				}
				if (!Compression.readable(name)) {
					throw bad(file, "its " + name + " member uses a compression this reader does not support (gz, xz and bz2 are)");
				}
				String control = control(Compression.open(name, ar));
				if (control == null) {
					throw bad(file, name + " has no control file");
				}
				List<Stanza> stanzas = ControlFile.readAll(file + " (control)", new StringReader(control));
				if (stanzas.size() != 1) {
					throw bad(file, "its control file has " + stanzas.size() + " stanzas, expected one");
				}
				return DebianIndex.toPackage(stanzas.get(0), location, pool);
			}
			throw bad(file, "it has no control member");
		} catch (IOException e) {
			throw bad(file, e.getMessage() == null ? e.toString() : e.getMessage());
		}
	}

	private static String control(InputStream member) throws IOException {
		TarArchiveInputStream tar = new TarArchiveInputStream(member);
		for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
			String name = entry.getName();
			if (name.equals("./control") || name.equals("control")) {
				return new String(tar.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	private static CoreException bad(Path file, String why) {
		return new CoreException(Statuses.badInput(file + ": " + why));
	}
}
