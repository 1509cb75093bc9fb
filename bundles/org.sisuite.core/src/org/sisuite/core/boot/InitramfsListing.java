package org.sisuite.core.boot;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.tukaani.xz.XZInputStream;

/** The entries of a built initramfs (gzip or xz compressed cpio "newc"), for {@code sis boot show --files}. */
public final class InitramfsListing {

	/** One entry: its path, {@code d}, {@code f} or {@code l}, its mode bits, its size and, for a link, the target. */
	public record Entry(String path, String type, String mode, long size, String target) {
	}

	private InitramfsListing() {
	}

	/** The entries of {@code initrd} in archive order. */
	public static List<Entry> read(Path initrd) throws CoreException {
		try (InputStream raw = new BufferedInputStream(Files.newInputStream(initrd))) {
			raw.mark(2);
			int first = raw.read();
			raw.reset();
			InputStream in = first == 0x1f ? new GZIPInputStream(raw, 1 << 16) : new XZInputStream(raw);
			List<Entry> entries = new ArrayList<>();
			long offset = 0;
			while (true) {
				String header = new String(in.readNBytes(110), StandardCharsets.US_ASCII);
				if (header.length() < 110 || !header.startsWith("070701")) {
					throw new IOException("not a cpio newc archive at offset " + offset);
				}
				int mode = (int) field(header, 1);
				long size = field(header, 6);
				int nameSize = (int) field(header, 11);
				String name = new String(exactly(in, nameSize), StandardCharsets.UTF_8).replace("\0", "");
				offset += 110 + nameSize;
				offset += skip(in, (4 - offset % 4) % 4);
				if (name.equals("TRAILER!!!")) {
					return entries;
				}
				byte[] data = null;
				String type = switch (mode & 0170000) {
				case CpioNewcWriter.TYPE_DIRECTORY -> "d";
				case CpioNewcWriter.TYPE_SYMLINK -> "l";
				default -> "f";
				};
				if (type.equals("l")) {
					data = exactly(in, (int) size);
				} else {
					skip(in, size);
				}
				offset += size;
				offset += skip(in, (4 - offset % 4) % 4);
				entries.add(new Entry(name, type, String.format("%04o", mode & 07777), size,
						data == null ? null : new String(data, StandardCharsets.UTF_8)));
			}
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot read the initramfs " + initrd + ": " + e.getMessage(), e));
		}
	}

	private static long field(String header, int index) {
		return Long.parseLong(header.substring(6 + index * 8, 14 + index * 8), 16);
	}

	private static byte[] exactly(InputStream in, int length) throws IOException {
		byte[] bytes = in.readNBytes(length);
		if (bytes.length < length) {
			throw new EOFException("the archive ends early");
		}
		return bytes;
	}

	private static long skip(InputStream in, long length) throws IOException {
		in.skipNBytes(length);
		return length;
	}
}
