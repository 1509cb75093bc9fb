package org.sisuite.core.pkg.pool;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.tukaani.xz.XZInputStream;

/** Opens a compressed index or archive member by the suffix of its name: .gz, .xz, .bz2, or none. */
final class Compression {

	private Compression() {
	}

	/** Whether the name has a compression suffix this class can read. */
	static boolean readable(String name) {
		return !name.endsWith(".zst") && !name.endsWith(".lzma") && !name.endsWith(".zck");
	}

	/**
	 * The decompressed content of {@code in}, chosen by the suffix of {@code name}.
	 *
	 * @throws CoreException (bad input) for a compression we cannot read (zstd, lzma)
	 */
	static InputStream open(String name, InputStream in) throws CoreException, IOException {
		if (name.endsWith(".gz")) {
			return new GzipCompressorInputStream(in, true);
		}
		if (name.endsWith(".xz")) {
			return new XZInputStream(in);
		}
		if (name.endsWith(".bz2")) {
			return new BZip2CompressorInputStream(in, true);
		}
		if (!readable(name)) {
			throw new CoreException(Statuses.badInput(name + ": " + name.substring(name.lastIndexOf('.') + 1)
					+ " compression is not supported (gz, xz and bz2 are)"));
		}
		return in;
	}
}
