package org.sisuite.core.disk.format;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;

/**
 * Tells the format of a disk table file from its content. XML is SystemImager's: a
 * {@code <bootloader>} makes it disks-layout, a {@code <boel>} the v4.x autoinstallscript.conf;
 * otherwise the file name decides (a {@code .conf} or a name with "autoinstallscript" is v4.x), and
 * disks-layout, the current dialect, is the default. JSON is told by its first key; text by its
 * first line that is not a comment.
 */
final class FormatDetector {

	private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(-->|$)");
	private static final Pattern FIRST_KEY = Pattern.compile("\\A\\s*\\{\\s*\"([^\"\\\\]{0,40})\"");
	private static final Pattern SFDISK_HEADER = Pattern.compile("(label|label-id|device|unit|first-lba|last-lba|sector-size|table-length|grain):.*");
	private static final Pattern MKSIDISK_LINE = Pattern.compile(
			"[A-Za-z_]+\\s*=\\s*\\S+|raid[0-9]+\\s+\\S.*|\\S+\\s+(\\*|-|[0-9]+(\\.[0-9]+)?)(\\s.*)?|/dev/\\S+\\s+\\S+\\s+\\S.*");

	private FormatDetector() {
	}

	static DiskFormat detect(SourceText source) throws CoreException {
		String text = source.text();
		int first = 0;
		while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			throw source.error(1, 1, "the file is empty; expected a disk table");
		}
		char c = text.charAt(first);
		if (c == '<') {
			String elements = COMMENT.matcher(text).replaceAll("");
			if (Pattern.compile("<bootloader[\\s/>]").matcher(elements).find()) {
				return DiskFormat.DISKS_LAYOUT;
			}
			if (Pattern.compile("<boel[\\s/>]").matcher(elements).find()) {
				return DiskFormat.AUTOINSTALLSCRIPT;
			}
			String name = source.name().toLowerCase();
			return name.endsWith(".conf") || name.contains("autoinstallscript") ? DiskFormat.AUTOINSTALLSCRIPT
					: DiskFormat.DISKS_LAYOUT;
		}
		if (c == '{') {
			Matcher key = FIRST_KEY.matcher(text);
			String found = key.find() ? key.group(1) : null;
			if ("partitiontable".equals(found)) {
				return DiskFormat.SFDISK_JSON;
			} else if ("blockdevices".equals(found)) {
				return DiskFormat.LSBLK_JSON;
			} else if ("filesystems".equals(found)) {
				return DiskFormat.FINDMNT_JSON;
			}
			throw source.errorAt(first, "a JSON document " + (found == null ? "without a first key" : "whose first key is \""
					+ found + "\"") + "; expected the output of sfdisk -J ({\"partitiontable\": ...}), lsblk -J "
					+ "({\"blockdevices\": ...}) or findmnt -J ({\"filesystems\": ...})");
		}
		List<String> lines = source.lines();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.equals("BYT;") || line.startsWith("Model:")) {
				throw source.error(i + 1, 1, "this is the output of parted, which SIS does not read; use sfdisk -J or sfdisk -d");
			}
			if (SFDISK_HEADER.matcher(line).matches()) {
				return DiskFormat.SFDISK_DUMP;
			}
			if (MKSIDISK_LINE.matcher(line).matches()) {
				return DiskFormat.MKSIDISK;
			}
			throw source.error(i + 1, 1, "cannot tell the format from " + SourceText.quote(line) + "; expected a SystemImager "
					+ "XML file, a SystemInstaller disk table (device size fstype ...), or the output of sfdisk -d, sfdisk -J, "
					+ "lsblk -J or findmnt -J (or say which with --format)");
		}
		throw source.error(Math.max(1, lines.size()), 1, "the file has only comments; expected a disk table");
	}
}
