package org.sisuite.core.pkg.pool;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.Relation;
import org.sisuite.core.pkg.RpmDependencies;
import org.sisuite.core.pkg.pool.RpmPackageBuilder.Kind;

/**
 * An {@code .rpm} file's header: the 96-byte lead, the signature header (skipped, padded to 8
 * bytes) and the main header, an index of {@code (tag, type, offset, count)} entries over a data
 * store. Only the header is read, never the payload; signatures and digests are not checked.
 */
public final class RpmFile {

	private static final int LEAD_SIZE = 96;
	private static final int LEAD_MAGIC = 0xedabeedb;
	private static final int HEADER_MAGIC = 0x8eade801;
	private static final int MAX_TAGS = 0xffff;
	private static final int MAX_DATA = 0x0fffffff;

	private static final int TYPE_INT32 = 4;
	private static final int TYPE_STRING = 6;
	private static final int TYPE_STRING_ARRAY = 8;
	private static final int TYPE_I18NSTRING = 9;

	static final int NAME = 1000;
	static final int VERSION = 1001;
	static final int RELEASE = 1002;
	static final int EPOCH = 1003;
	static final int OLDFILENAMES = 1027;
	static final int ARCH = 1022;
	static final int SOURCERPM = 1044;
	static final int PROVIDENAME = 1047;
	static final int REQUIREFLAGS = 1048;
	static final int REQUIRENAME = 1049;
	static final int REQUIREVERSION = 1050;
	static final int CONFLICTFLAGS = 1053;
	static final int CONFLICTNAME = 1054;
	static final int CONFLICTVERSION = 1055;
	static final int OBSOLETENAME = 1090;
	static final int PROVIDEFLAGS = 1112;
	static final int PROVIDEVERSION = 1113;
	static final int OBSOLETEFLAGS = 1114;
	static final int OBSOLETEVERSION = 1115;
	static final int DIRINDEXES = 1116;
	static final int BASENAMES = 1117;
	static final int DIRNAMES = 1118;

	/** One index entry. */
	private record Entry(int type, int offset, int count) {
	}

	private final Path file;
	private final Map<Integer, Entry> index = new HashMap<>();
	private ByteBuffer store;

	private RpmFile(Path file) {
		this.file = file;
	}

	/**
	 * The package in {@code file}.
	 *
	 * @param location what to record as the package's location
	 * @param pool     the pool's location
	 * @throws CoreException (bad input) when the file is not an rpm package or its header is corrupt
	 */
	public static PoolPackage read(Path file, String location, String pool) throws CoreException {
		RpmFile rpm = new RpmFile(file);
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			rpm.readHeaders(in);
		} catch (EOFException e) {
			throw rpm.bad("the file ends inside its header");
		} catch (IOException e) {
			throw new CoreException(Statuses.error("Cannot read " + file + ": " + e.getMessage(), e));
		}
		return rpm.toPackage(location, pool);
	}

	private void readHeaders(DataInputStream in) throws IOException, CoreException {
		byte[] lead = in.readNBytes(LEAD_SIZE);
		if (lead.length < LEAD_SIZE || ByteBuffer.wrap(lead).getInt() != LEAD_MAGIC) {
			throw bad("not an rpm package (no rpm lead)");
		}
		int signatureSize = skipHeader(in, "signature");
		int padding = (8 - signatureSize % 8) % 8;
		in.skipNBytes(padding);
		readHeader(in);
	}

	private int skipHeader(DataInputStream in, String which) throws IOException, CoreException {
		int[] sizes = intro(in, which);
		in.skipNBytes((long) sizes[0] * 16 + sizes[1]);
		return 16 + sizes[0] * 16 + sizes[1];
	}

	private int[] intro(DataInputStream in, String which) throws IOException, CoreException {
		if (in.readInt() != HEADER_MAGIC) {
			throw bad("corrupt " + which + " header (bad magic)");
		}
		in.readInt(); // reserved
		int tags = in.readInt();
		int data = in.readInt();
		if (tags < 1 || tags > MAX_TAGS || data < 0 || data > MAX_DATA) {
			throw bad("corrupt " + which + " header (" + tags + " tags, " + data + " bytes of data)");
		}
		return new int[] { tags, data };
	}

	private void readHeader(DataInputStream in) throws IOException, CoreException {
		int[] sizes = intro(in, "main");
		for (int i = 0; i < sizes[0]; i++) {
			int tag = in.readInt();
			int type = in.readInt();
			int offset = in.readInt();
			int count = in.readInt();
			if (offset < 0 || offset >= sizes[1] || count < 0 || count > sizes[1]) {
				throw bad("corrupt main header (tag " + tag + " points outside the data)");
			}
			index.putIfAbsent(tag, new Entry(type, offset, count));
		}
		byte[] data = in.readNBytes(sizes[1]);
		if (data.length < sizes[1]) {
			throw new EOFException();
		}
		store = ByteBuffer.wrap(data);
	}

	private PoolPackage toPackage(String location, String pool) throws CoreException {
		RpmPackageBuilder builder = new RpmPackageBuilder(file.toString());
		builder.name(string(NAME)).arch(string(ARCH)).location(location);
		int[] epoch = ints(EPOCH);
		builder.version(epoch.length == 0 ? null : Integer.toString(epoch[0]), string(VERSION), string(RELEASE));
		if (string(SOURCERPM) == null) {
			throw bad("a source package, not a binary one");
		}
		dependencies(builder, Kind.REQUIRES, REQUIRENAME, REQUIREFLAGS, REQUIREVERSION);
		dependencies(builder, Kind.PROVIDES, PROVIDENAME, PROVIDEFLAGS, PROVIDEVERSION);
		dependencies(builder, Kind.CONFLICTS, CONFLICTNAME, CONFLICTFLAGS, CONFLICTVERSION);
		dependencies(builder, Kind.OBSOLETES, OBSOLETENAME, OBSOLETEFLAGS, OBSOLETEVERSION);
		String[] basenames = strings(BASENAMES);
		String[] dirnames = strings(DIRNAMES);
		int[] dirindexes = ints(DIRINDEXES);
		if (basenames.length > 0) {
			if (dirindexes.length != basenames.length) {
				throw bad("corrupt file list (" + basenames.length + " names, " + dirindexes.length + " directory indexes)");
			}
			for (int i = 0; i < basenames.length; i++) {
				if (dirindexes[i] < 0 || dirindexes[i] >= dirnames.length) {
					throw bad("corrupt file list (directory index " + dirindexes[i] + ")");
				}
				addFile(builder, dirnames[dirindexes[i]] + basenames[i]);
			}
		} else {
			for (String path : strings(OLDFILENAMES)) {
				addFile(builder, path);
			}
		}
		return builder.build(pool);
	}

	private static void addFile(RpmPackageBuilder builder, String path) {
		if (RpmPackageBuilder.isPrimaryFile(path)) {
			builder.file(path);
		}
	}

	private void dependencies(RpmPackageBuilder builder, Kind kind, int nameTag, int flagsTag, int versionTag)
			throws CoreException {
		String[] names = strings(nameTag);
		int[] flags = ints(flagsTag);
		String[] versions = strings(versionTag);
		for (int i = 0; i < names.length; i++) {
			int flag = i < flags.length ? flags[i] : 0;
			String version = i < versions.length && !versions[i].isEmpty() ? versions[i] : null;
			if (kind == Kind.REQUIRES && (flag & RpmDependencies.RPMLIB) != 0) {
				continue;
			}
			Relation relation = version == null ? null : Relation.ofSense(flag);
			builder.dependency(kind, names[i], relation, relation == null ? null : version,
					(flag & RpmDependencies.PRE_MASK) != 0);
		}
	}

	private String string(int tag) throws CoreException {
		Entry entry = index.get(tag);
		if (entry == null) {
			return null;
		}
		if (entry.type != TYPE_STRING && entry.type != TYPE_I18NSTRING && entry.type != TYPE_STRING_ARRAY) {
			throw bad("tag " + tag + " is not a string");
		}
		return readString(entry.offset);
	}

	private String[] strings(int tag) throws CoreException {
		Entry entry = index.get(tag);
		if (entry == null) {
			return new String[0];
		}
		if (entry.type != TYPE_STRING_ARRAY && entry.type != TYPE_STRING && entry.type != TYPE_I18NSTRING) {
			throw bad("tag " + tag + " is not a string array");
		}
		int count = entry.type == TYPE_STRING ? 1 : entry.count;
		String[] values = new String[count];
		int offset = entry.offset;
		for (int i = 0; i < count; i++) {
			int end = stringEnd(offset);
			values[i] = new String(bytes(offset, end), StandardCharsets.UTF_8);
			offset = end + 1;
		}
		return values;
	}

	private int[] ints(int tag) throws CoreException {
		Entry entry = index.get(tag);
		if (entry == null) {
			return new int[0];
		}
		if (entry.type != TYPE_INT32 || entry.offset % 4 != 0 || (long) entry.offset + 4L * entry.count > store.capacity()) {
			throw bad("tag " + tag + " is not an int32 array inside the header");
		}
		int[] values = new int[entry.count];
		for (int i = 0; i < entry.count; i++) {
			values[i] = store.getInt(entry.offset + 4 * i);
		}
		return values;
	}

	private String readString(int offset) throws CoreException {
		return new String(bytes(offset, stringEnd(offset)), StandardCharsets.UTF_8);
	}

	/** The offset of the NUL that ends the string at {@code offset}. */
	private int stringEnd(int offset) throws CoreException {
		int end = offset;
		while (end < store.capacity() && store.get(end) != 0) {
			end++;
		}
		if (end >= store.capacity()) {
			throw bad("a string runs past the end of the header");
		}
		return end;
	}

	private byte[] bytes(int from, int to) {
		byte[] bytes = new byte[to - from];
		store.get(from, bytes);
		return bytes;
	}

	private CoreException bad(String why) {
		return new CoreException(Statuses.badInput(file + ": " + why));
	}
}
