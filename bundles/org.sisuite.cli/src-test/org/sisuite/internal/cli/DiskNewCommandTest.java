package org.sisuite.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiskNewCommandTest extends CommandLineTestSupport {

	@Test
	void aTableFromATemplateIsStoredValidatedAndPlanned() {
		ok("disk", "new", "mirror", "--template", "lvm-on-raid");
		assertEquals("Created disk table mirror (LVM on RAID 1 (two disks)): 2 disks, 4 partitions, 2 RAID arrays, "
				+ "1 volume group, 5 file systems\n", out.toString());
		ok("disk", "validate", "mirror");
		ok("disk", "plan", "mirror", "--disk", "/dev/sda=100G", "--disk", "/dev/sdb=100G");
		assertTrue(out.toString().contains("mdadm"), out.toString());
	}

	@Test
	void helpListsTheTemplates() {
		ok("disk", "new", "--help");
		assertTrue(out.toString().startsWith("Usage: sis disk new"), out.toString());
		assertTrue(out.toString().replaceAll("\\s+", " ").contains("The layout: bios-msdos, uefi-gpt, raid1-mirror, lvm-on-raid."),
				out.toString());
	}

	@Test
	void anUnknownTemplateOrATakenNameIsBadInput() {
		assertEquals(2, sis("disk", "new", "x", "--template", "zfs"));
		assertTrue(err.toString().contains("bios-msdos, uefi-gpt, raid1-mirror, lvm-on-raid"), err.toString());
		ok("disk", "new", "x", "--template", "uefi-gpt");
		assertEquals(2, sis("disk", "new", "x", "--template", "bios-msdos"));
		ok("disk", "new", "x", "--template", "bios-msdos", "--replace");
	}
}
