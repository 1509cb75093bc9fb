package org.sisuite.core.disk.format;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.format.CaptureInputs.BlockNode;
import org.sisuite.core.disk.format.CaptureInputs.Mount;
import org.sisuite.core.disk.format.CaptureInputs.PartitionTable;
import org.sisuite.model.DiskTable;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;

/**
 * Reads disk tables from the files of SystemImager, SystemInstaller (OSCAR) and util-linux, and
 * writes them in the formats that can hold a table. Every problem with an input is a
 * {@link CoreException} whose status is bad input ({@link Statuses#BAD_INPUT}) and whose message
 * starts with {@code file:line:column:}.
 */
public final class DiskTableFormats {

	/** One input file: the name to report it by, and its bytes. */
	public record Input(String name, byte[] content) {
		public Input {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(content, "content");
		}

		/** Reads a file; its name is reported as the path was given. */
		public static Input of(Path file) throws CoreException {
			try {
				long size = Files.size(file);
				if (size > SourceText.MAX_BYTES) {
					throw new CoreException(Statuses.badInput(file + ": " + size + " bytes is too large for a disk table"));
				}
				return new Input(file.toString(), Files.readAllBytes(file));
			} catch (IOException e) {
				throw new CoreException(Statuses.badInput("Cannot read " + file + ": " + describe(e)));
			}
		}
	}

	private DiskTableFormats() {
	}

	/** The format of an input, told from its content (and, for SystemImager XML, its name). */
	public static DiskFormat detect(Input input) throws CoreException {
		return FormatDetector.detect(decode(input));
	}

	/**
	 * Reads one disk table file, or one piece of a machine capture.
	 *
	 * @param format    the format, or null to detect it
	 * @param tableName the name of the table, or null for one made from the file name
	 */
	public static DiskTableImport read(Input input, DiskFormat format, String tableName) throws CoreException {
		return read(List.of(input), format, tableName);
	}

	/**
	 * Reads a disk table from one file, or captures one from several tool outputs of one machine
	 * ({@code sfdisk -J} per disk, {@code lsblk -J}, {@code findmnt -J}).
	 *
	 * @param format    the format of every input, or null to detect each
	 * @param tableName the name of the table, or null for one made from the first file's name
	 */
	public static DiskTableImport read(List<Input> inputs, DiskFormat format, String tableName) throws CoreException {
		if (inputs.isEmpty()) {
			throw new CoreException(Statuses.badInput("No input file"));
		}
		String name = tableName != null ? tableName : defaultName(inputs.get(0).name());
		try {
			List<SourceText> sources = new ArrayList<>();
			List<DiskFormat> formats = new ArrayList<>();
			for (Input input : inputs) {
				SourceText source = decode(input);
				sources.add(source);
				formats.add(format != null ? format : FormatDetector.detect(source));
			}
			DiskTableImport result;
			if (sources.size() == 1 && !formats.get(0).capture()) {
				result = readTable(sources.get(0), formats.get(0));
			} else {
				for (int i = 0; i < sources.size(); i++) {
					if (!formats.get(i).capture()) {
						throw new CoreException(Statuses.badInput(sources.get(i).name() + ":1: this is a " + formats.get(i).title()
								+ "; several files make one table only as the outputs of sfdisk, lsblk and findmnt of one machine"));
					}
				}
				result = capture(sources, formats);
			}
			result.table().setName(name);
			return result;
		} catch (RuntimeException e) {
			throw new CoreException(Statuses.error("Internal error reading " + inputs.get(0).name() + ": " + describe(e), e));
		}
	}

	/**
	 * Writes a table in a format that can hold one.
	 *
	 * @throws CoreException (bad input) when the format cannot express the table, naming what
	 */
	public static DiskTableExport write(DiskTable table, DiskFormat format) throws CoreException {
		try {
			return switch (format) {
			case AUTOINSTALLSCRIPT, DISKS_LAYOUT -> new SystemImagerWriter(format).write(table);
			case MKSIDISK -> new MksidiskWriter().write(table);
			default -> throw new CoreException(Statuses.badInput("The " + format.title()
					+ " describes a machine, not a disk table; write autoinstallscript, disks-layout or mksidisk"));
			};
		} catch (RuntimeException e) {
			throw new CoreException(Statuses.error("Internal error writing " + table.getName() + " as " + format.id() + ": "
					+ describe(e), e));
		}
	}

	/**
	 * A copy of the table with the distribution-default file systems (OSCAR's {@code _BOOTFS_} and
	 * {@code _ROOTFS_}) replaced by the given types, so it can be written in a format that needs a
	 * type; a null type leaves its placeholder.
	 */
	public static DiskTable resolveDefaults(DiskTable table, String bootType, String rootType) throws CoreException {
		FilesystemType boot = createdType(bootType, "--bootfs");
		FilesystemType root = createdType(rootType, "--rootfs");
		DiskTable copy = EcoreUtil.copy(table);
		for (Filesystem filesystem : copy.getFilesystems()) {
			if (filesystem.getFsType() == FilesystemType.BOOT_DEFAULT && boot != null) {
				filesystem.setFsType(boot);
			} else if (filesystem.getFsType() == FilesystemType.ROOT_DEFAULT && root != null) {
				filesystem.setFsType(root);
			}
		}
		return copy;
	}

	private static FilesystemType createdType(String name, String option) throws CoreException {
		if (name == null) {
			return null;
		}
		FilesystemType type = Vocabulary.filesystem(name);
		if (type == null || Vocabulary.DEVICELESS.contains(type) || type == FilesystemType.SWAP) {
			throw new CoreException(Statuses.badInput("Invalid " + option + " " + SourceText.quote(name)
					+ "; expected a file system SIS creates: ext2, ext3, ext4, xfs, btrfs, vfat, reiserfs, jfs, ntfs or msdos"));
		}
		return type;
	}

	/** A table name from a file name: its last segment without a known extension. */
	public static String defaultName(String fileName) {
		String base = fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		for (String extension : new String[] { ".xml", ".conf", ".disk", ".json", ".txt" }) {
			if (base.endsWith(extension) && base.length() > extension.length()) {
				return base.substring(0, base.length() - extension.length());
			}
		}
		return base.isBlank() ? "disk-table" : base;
	}

	static DiskTableImport readTable(SourceText source, DiskFormat format) throws CoreException {
		DiskTable table = switch (format) {
		case AUTOINSTALLSCRIPT, DISKS_LAYOUT -> new SystemImagerReader(source, format).read();
		case MKSIDISK -> new MksidiskReader(source).read();
		default -> throw new IllegalArgumentException(format.id());
		};
		return new DiskTableImport(table, format, source.warnings());
	}

	static DiskTableImport capture(List<SourceText> sources, List<DiskFormat> formats) throws CoreException {
		List<PartitionTable> tables = new ArrayList<>();
		List<BlockNode> roots = new ArrayList<>();
		List<Mount> mounts = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			SourceText source = sources.get(i);
			switch (formats.get(i)) {
			case SFDISK_JSON -> tables.add(CaptureInputs.sfdiskJson(source));
			case SFDISK_DUMP -> tables.add(CaptureInputs.sfdiskDump(source));
			case LSBLK_JSON -> roots.addAll(CaptureInputs.lsblk(source));
			case FINDMNT_JSON -> mounts.addAll(CaptureInputs.findmnt(source));
			default -> throw new IllegalArgumentException(formats.get(i).id());
			}
		}
		SourceText report = SourceText.of(sources.size() == 1 ? sources.get(0).name() : "capture", "");
		DiskTable table = new MachineCapture(tables, roots, mounts, report).build();
		List<FormatProblem> warnings = new ArrayList<>();
		sources.forEach(source -> warnings.addAll(source.warnings()));
		warnings.addAll(report.warnings());
		if (sources.size() == 1) {
			table.setSourceFormat(formats.get(0).id());
			return new DiskTableImport(table, formats.get(0), warnings);
		}
		return new DiskTableImport(table, null, warnings);
	}

	private static SourceText decode(Input input) throws CoreException {
		byte[] bytes = input.content();
		String start = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
		String encoding = XmlTree.declaredEncoding(start);
		if (encoding != null && !encoding.equalsIgnoreCase("UTF-8") && !encoding.equalsIgnoreCase("US-ASCII")) {
			Charset charset;
			try {
				charset = Charset.forName(encoding);
			} catch (IllegalArgumentException e) {
				throw new CoreException(Statuses.badInput(input.name() + ":1: the XML declaration names the encoding "
						+ SourceText.quote(encoding) + ", which this Java does not know; expected UTF-8"));
			}
			return SourceText.decode(input.name(), bytes, charset);
		}
		return SourceText.decode(input.name(), bytes);
	}

	private static String describe(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
