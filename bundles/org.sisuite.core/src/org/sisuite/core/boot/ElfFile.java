package org.sisuite.core.boot;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The few parts of a 64-bit little-endian ELF file the boot environment needs: the program
 * interpreter ({@code PT_INTERP}), the shared libraries it needs ({@code DT_NEEDED}) and the content
 * of a named section (a kernel module's {@code .modinfo}). Read from bytes; nothing is executed, so
 * a tool's closure is found the same way on any build host.
 */
final class ElfFile {

	private static final int PT_INTERP = 3;
	private static final int PT_DYNAMIC = 2;
	private static final int PT_LOAD = 1;
	private static final long DT_NULL = 0;
	private static final long DT_NEEDED = 1;
	private static final long DT_STRTAB = 5;

	private final ByteBuffer data;

	private ElfFile(ByteBuffer data) {
		this.data = data;
	}

	/** Whether {@code bytes} start with the ELF magic. */
	static boolean isElf(byte[] bytes) {
		return bytes.length > 4 && bytes[0] == 0x7f && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F';
	}

	/**
	 * Parses {@code bytes}.
	 *
	 * @throws IllegalArgumentException when they are not a 64-bit little-endian ELF file
	 */
	static ElfFile parse(byte[] bytes) {
		if (!isElf(bytes) || bytes.length < 64 || bytes[4] != 2 || bytes[5] != 1) {
			throw new IllegalArgumentException("not a 64-bit little-endian ELF file");
		}
		return new ElfFile(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
	}

	/** The program interpreter (dynamic loader) path, or null for a static or relocatable file. */
	String interpreter() {
		for (long[] header : programHeaders()) {
			if (header[0] == PT_INTERP) {
				return string((int) header[1], (int) header[2]);
			}
		}
		return null;
	}

	/** The {@code DT_NEEDED} library names in their order, empty for a static file. */
	List<String> needed() {
		long[] dynamic = null;
		for (long[] header : programHeaders()) {
			if (header[0] == PT_DYNAMIC) {
				dynamic = header;
			}
		}
		List<String> names = new ArrayList<>();
		if (dynamic == null) {
			return names;
		}
		List<Long> offsets = new ArrayList<>();
		long stringTable = -1;
		for (int at = (int) dynamic[1]; at + 16 <= dynamic[1] + dynamic[2]; at += 16) {
			long tag = data.getLong(at);
			long value = data.getLong(at + 8);
			if (tag == DT_NULL) {
				break;
			} else if (tag == DT_NEEDED) {
				offsets.add(value);
			} else if (tag == DT_STRTAB) {
				stringTable = fileOffset(value);
			}
		}
		if (stringTable < 0) {
			throw new IllegalArgumentException("dynamic section without a string table");
		}
		for (long offset : offsets) {
			names.add(cString((int) (stringTable + offset)));
		}
		return names;
	}

	/** The content of the section called {@code name}, or null when there is none. */
	byte[] section(String name) {
		long sectionOffset = data.getLong(0x28);
		int entrySize = Short.toUnsignedInt(data.getShort(0x3a));
		int count = Short.toUnsignedInt(data.getShort(0x3c));
		int namesIndex = Short.toUnsignedInt(data.getShort(0x3e));
		if (sectionOffset == 0 || count == 0) {
			return null;
		}
		long namesOffset = data.getLong((int) (sectionOffset + (long) namesIndex * entrySize + 0x18));
		for (int i = 0; i < count; i++) {
			int header = (int) (sectionOffset + (long) i * entrySize);
			String sectionName = cString((int) (namesOffset + Integer.toUnsignedLong(data.getInt(header))));
			if (sectionName.equals(name)) {
				int offset = (int) data.getLong(header + 0x18);
				int size = (int) data.getLong(header + 0x20);
				byte[] content = new byte[size];
				data.get(offset, content);
				return content;
			}
		}
		return null;
	}

	/** Program headers as {type, offset, filesz, vaddr}. */
	private List<long[]> programHeaders() {
		long offset = data.getLong(0x20);
		int entrySize = Short.toUnsignedInt(data.getShort(0x36));
		int count = Short.toUnsignedInt(data.getShort(0x38));
		List<long[]> headers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int at = (int) (offset + (long) i * entrySize);
			headers.add(new long[] { Integer.toUnsignedLong(data.getInt(at)), data.getLong(at + 8), data.getLong(at + 0x20),
					data.getLong(at + 0x10) });
		}
		return headers;
	}

	/** The file offset of a virtual address, through the loadable segment that maps it. */
	private long fileOffset(long address) {
		for (long[] header : programHeaders()) {
			if (header[0] == PT_LOAD && address >= header[3] && address < header[3] + header[2]) {
				return address - header[3] + header[1];
			}
		}
		throw new IllegalArgumentException("address 0x" + Long.toHexString(address) + " is in no loaded segment");
	}

	private String string(int offset, int length) {
		String text = new String(data.array(), offset, length, StandardCharsets.UTF_8);
		int end = text.indexOf('\0');
		return end < 0 ? text : text.substring(0, end);
	}

	private String cString(int offset) {
		int end = offset;
		while (end < data.limit() && data.get(end) != 0) {
			end++;
		}
		return new String(data.array(), offset, end - offset, StandardCharsets.UTF_8);
	}
}
