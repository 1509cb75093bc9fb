package org.sisuite.core.boot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a cpio archive in the "newc" format (magic {@code 070701}) the Linux kernel unpacks as an
 * initramfs: a 110-byte ASCII header of 13 hex fields, the NUL-terminated name padded to 4 bytes,
 * the data padded to 4 bytes, and the {@code TRAILER!!!} entry at the end. Every entry is owned by
 * 0:0 with modification time 0; inode numbers count up from 1 in the order of writing, so the
 * output depends only on the entries and their order.
 */
final class CpioNewcWriter {

	static final int TYPE_DIRECTORY = 0040000;
	static final int TYPE_FILE = 0100000;
	static final int TYPE_SYMLINK = 0120000;

	private final OutputStream out;
	private long written;
	private int inode;

	CpioNewcWriter(OutputStream out) {
		this.out = out;
	}

	void directory(String name, int mode) throws IOException {
		entry(name, TYPE_DIRECTORY | (mode & 07777), 2, new byte[0]);
	}

	void file(String name, int mode, byte[] content) throws IOException {
		entry(name, TYPE_FILE | (mode & 07777), 1, content);
	}

	void symlink(String name, String target) throws IOException {
		entry(name, TYPE_SYMLINK | 0777, 1, target.getBytes(StandardCharsets.UTF_8));
	}

	/** Writes the trailer and pads the archive to a multiple of 512 bytes, as GNU cpio does. */
	void finish() throws IOException {
		inode = -1;
		header("TRAILER!!!", 0, 1, 0, 0);
		byte[] pad = new byte[(int) ((512 - written % 512) % 512)];
		write(pad);
		out.flush();
	}

	private void entry(String name, int mode, int links, byte[] content) throws IOException {
		inode++;
		header(name, mode, links, content.length, inode);
		write(content);
		pad();
	}

	private void header(String name, int mode, int links, long size, int number) throws IOException {
		byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
		StringBuilder header = new StringBuilder(110).append("070701");
		long[] fields = { Math.max(number, 0), mode, 0, 0, links, 0, size, 0, 0, 0, 0, nameBytes.length + 1L, 0 };
		for (long field : fields) {
			if (field > 0xffffffffL) {
				throw new IOException(name + ": a field does not fit the newc format (" + field + ")");
			}
			header.append(String.format("%08x", field));
		}
		write(header.toString().getBytes(StandardCharsets.US_ASCII));
		write(nameBytes);
		write(new byte[] { 0 });
		pad();
	}

	private void pad() throws IOException {
		write(new byte[(int) ((4 - written % 4) % 4)]);
	}

	private void write(byte[] bytes) throws IOException {
		out.write(bytes);
		written += bytes.length;
	}
}
