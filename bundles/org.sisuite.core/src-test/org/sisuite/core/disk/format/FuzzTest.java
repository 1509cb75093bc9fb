package org.sisuite.core.disk.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.sisuite.core.Statuses;
import org.sisuite.core.disk.format.DiskTableFormats.Input;

/**
 * Thousands of malformed inputs made by mutating real files (truncation, byte flips, dropped,
 * duplicated and swapped lines, random tokens, replaced values): reading any of them gives a table
 * or a bad-input {@link CoreException} naming the file and line, never another exception. What
 * reads as a table must also survive writing: a writer refuses it as bad input or writes a file
 * that reads back, and writing that again changes nothing.
 */
class FuzzTest {

	private static final long SEED = 20_261_126L;
	private static final int MUTANTS_PER_SEED = 150;
	private static final String[] TOKENS = { "<", ">", "\"", "'", "=", "*", "-", "0", "-1", "1.5", "99999999999999999999999",
			"raid1", "raid7", "/dev/md0", "/dev/md1", "/dev/sda", "/dev/sda1", "/dev/sdb9", "<disk>", "</disk>", "</config>",
			"<config>", "<part/>", "<fsinfo/>", "<raid>", "<lvm>", "<lv/>", "{", "}", "[", "]", ",", ":", "\"node\"", "\"size\"",
			"null", "true", "&amp;", "&x;", "&#0;", "<!--", "-->", "<!DOCTYPE config>", "<?xml version=\"1.0\"?>", "bootable",
			"_ROOTFS_", "_BOOTFS_", "label_type=gpt", "units=%", "units=MB", "boot_type=efi", "\t", "\n", "\r\n", "\u0000",
			"\u00e9", "\uffff", "<![CDATA[x]]>", "size=\"*\"", "num=\"0\"", "flags=\"esp,raid\"", "raid_dev=\"/dev/md0\"",
			"lvm_group=\"vg\"", "p_type=\"logical\"", "fs=\"subfs\"", "format=\"no\"", "swap", "nfs", "tmpfs", "ext4", "41",
			"[/dev/sdc1]", "\"children\": [", "\"type\": \"raid1\"", "\"type\": \"lvm\"", "\"start\": -5", "1e400", "\\u0041",
			"label: gpt", "last-lba: 1", "name=\"x,y\"", "type=5", "/dev/sda5 : start=1, size=1, type=5" };

	@Test
	void noMutantOfARealFileThrowsAnythingButBadInputNamingTheLine() throws Exception {
		ReferenceFiles.root(); // the seeds are the real files: skip, saying why, without them
		Map<String, byte[]> seeds = seeds();
		Random random = new Random(SEED);
		List<String> failures = new ArrayList<>();
		int cases = 0;
		int accepted = 0;
		int written = 0;
		for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
			DiskFormat seedFormat = DiskTableFormats.detect(new Input(seed.getKey(), seed.getValue()));
			for (int i = 0; i < MUTANTS_PER_SEED; i++) {
				String name = "fuzz/" + seed.getKey() + "#" + i;
				byte[] mutant = mutate(seed.getValue(), random);
				for (DiskFormat format : Arrays.asList(null, seedFormat)) {
					cases++;
					DiskTableImport read;
					try {
						read = DiskTableFormats.read(new Input(name, mutant), format, "fuzz");
					} catch (CoreException e) {
						check(e, name, failures, mutant);
						continue;
					} catch (RuntimeException | StackOverflowError e) {
						failures.add(name + " (" + format + "): " + e + "\n" + show(mutant));
						continue;
					}
					accepted++;
					if (i % 3 == 0 && read.format() != null && read.format().writable()) {
						written += writeAndReadBack(read, name, failures);
					}
				}
			}
		}
		assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " of " + cases + " failed");
		assertTrue(cases >= 3000, cases + " cases");
		assertTrue(accepted > 100 && accepted < cases, accepted + " of " + cases + " mutants read as tables");
		assertTrue(written > 50, written + " written");
	}

	private static final Pattern WHERE = Pattern.compile("(.*?):([0-9]+)(:[0-9]+)?: .+", Pattern.DOTALL);

	private static void check(CoreException e, String name, List<String> failures, byte[] mutant) {
		String message = e.getStatus().getMessage();
		Matcher where = WHERE.matcher(message);
		if (!Statuses.isBadInput(e.getStatus()) || !where.matches() || !where.group(1).equals(name)
				|| Integer.parseInt(where.group(2)) < 1) {
			failures.add(name + ": " + message + (e.getStatus().getException() == null ? ""
					: " caused by " + e.getStatus().getException()) + "\n" + show(mutant));
		}
	}

	/** Writes the table in each writable format: refused as bad input, or read back and written again unchanged. */
	private static int writeAndReadBack(DiskTableImport read, String name, List<String> failures) {
		int written = 0;
		for (DiskFormat format : List.of(DiskFormat.AUTOINSTALLSCRIPT, DiskFormat.DISKS_LAYOUT, DiskFormat.MKSIDISK)) {
			try {
				String first = DiskTableFormats.write(read.table(), format).text();
				String second = DiskTableFormats.write(DiskTableFormats.read(new Input(name + "." + format.id(),
						first.getBytes(StandardCharsets.UTF_8)), format, "fuzz").table(), format).text();
				String third = DiskTableFormats.write(DiskTableFormats.read(new Input(name + "." + format.id(),
						second.getBytes(StandardCharsets.UTF_8)), format, "fuzz").table(), format).text();
				if (!second.equals(third)) {
					failures.add(name + " as " + format.id() + ": not stable after two trips\n" + second + "\n---\n" + third);
				}
				written++;
			} catch (CoreException e) {
				if (!Statuses.isBadInput(e.getStatus())) {
					failures.add(name + " as " + format.id() + ": " + e.getMessage() + " " + e.getStatus().getException());
				} else if (!e.getMessage().startsWith("Cannot write")) {
					failures.add(name + " as " + format.id() + ": what we wrote does not read back: " + e.getMessage());
				}
			} catch (RuntimeException | StackOverflowError e) {
				failures.add(name + " as " + format.id() + ": " + e);
			}
		}
		return written;
	}

	static byte[] mutate(byte[] seed, Random random) {
		byte[] bytes = seed;
		int rounds = 1 + random.nextInt(3);
		for (int round = 0; round < rounds; round++) {
			String text = new String(bytes, StandardCharsets.UTF_8);
			List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
			int line = random.nextInt(lines.size());
			switch (random.nextInt(10)) {
			case 0 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
			case 1 -> {
				bytes = bytes.clone();
				if (bytes.length > 0) {
					int at = random.nextInt(bytes.length);
					bytes[at] = (byte) (bytes[at] ^ (1 << random.nextInt(8)));
				}
			}
			case 2 -> {
				lines.remove(line);
				bytes = join(lines);
			}
			case 3 -> {
				lines.add(line, lines.get(line));
				bytes = join(lines);
			}
			case 4 -> {
				int other = random.nextInt(lines.size());
				String kept = lines.get(line);
				lines.set(line, lines.get(other));
				lines.set(other, kept);
				bytes = join(lines);
			}
			case 5 -> {
				int at = random.nextInt(text.length() + 1);
				bytes = (text.substring(0, at) + token(random) + text.substring(at)).getBytes(StandardCharsets.UTF_8);
			}
			case 6 -> bytes = replace(text, "[A-Za-z0-9_/.:%*-]+", random);
			case 7 -> bytes = replace(text, "\"[^\"\n]*\"", random);
			case 8 -> bytes = replace(text, "[0-9]+", random);
			default -> {
				int from = random.nextInt(text.length() + 1);
				int to = Math.min(text.length(), from + random.nextInt(40));
				bytes = (text.substring(0, from) + text.substring(to)).getBytes(StandardCharsets.UTF_8);
			}
			}
		}
		return bytes;
	}

	private static String token(Random random) {
		return TOKENS[random.nextInt(TOKENS.length)];
	}

	/** Replaces one random match of the pattern by a random token (quoted when the match was). */
	private static byte[] replace(String text, String regex, Random random) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		List<int[]> matches = new ArrayList<>();
		while (matcher.find() && matches.size() < 2000) {
			matches.add(new int[] { matcher.start(), matcher.end() });
		}
		if (matches.isEmpty()) {
			return text.getBytes(StandardCharsets.UTF_8);
		}
		int[] match = matches.get(random.nextInt(matches.size()));
		String replacement = text.charAt(match[0]) == '"' ? "\"" + token(random) + "\"" : token(random);
		return (text.substring(0, match[0]) + replacement + text.substring(match[1])).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] join(List<String> lines) {
		return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	private static String show(byte[] mutant) {
		String text = new String(mutant, StandardCharsets.UTF_8);
		return text.length() > 1500 ? text.substring(0, 1500) + "..." : text;
	}

	/** The real files: the reference tables and tool outputs when present, and this project's capture fixtures. */
	private static Map<String, byte[]> seeds() throws IOException {
		Map<String, byte[]> seeds = new LinkedHashMap<>();
		Path reference = ReferenceFiles.repository().resolveSibling("shared").resolve("reference");
		if (Files.isDirectory(reference)) {
			for (Path file : RoundTripTest.referenceTables()) {
				seeds.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
			for (String name : List.of("dos-simple.sfdisk-J.json", "gpt-efi.sfdisk-J.json", "gpt-efi.sfdisk-d.txt",
					"qemu-guest-vda.sfdisk-d.txt")) {
				seeds.put(name, Files.readAllBytes(reference.resolve("disk-tools").resolve(name)));
			}
		}
		for (String name : List.of("lsblk.json", "lsblk-raid-lvm.json", "findmnt-fstab.json", "findmnt-live.json",
				"sfdisk-loop1.dump")) {
			seeds.put(name, Files.readAllBytes(ReferenceFiles.capture(name)));
		}
		return seeds;
	}
}
