package org.sisuite.core.disk.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeviceNamesTest {

	@Test
	void partitionsOfDisksWhoseNameEndsInADigitTakeAP() {
		assertEquals("/dev/sda1", DeviceNames.partition("/dev/sda", 1));
		assertEquals("/dev/vdb12", DeviceNames.partition("/dev/vdb", 12));
		assertEquals("/dev/nvme0n1p2", DeviceNames.partition("/dev/nvme0n1", 2));
		assertEquals("/dev/loop0p1", DeviceNames.partition("/dev/loop0", 1));
		assertEquals("/dev/loop12p5", DeviceNames.partition("/dev/loop12", 5));
		assertEquals("/dev/mmcblk0p1", DeviceNames.partition("/dev/mmcblk0", 1));
		assertEquals("/dev/md0p1", DeviceNames.partition("/dev/md0", 1));
		assertEquals("/dev/disk/by-id/ata-Samsung_SSD_S4-part3",
				DeviceNames.partition("/dev/disk/by-id/ata-Samsung_SSD_S4", 3));
	}

	@Test
	void raidAndLvmNames() {
		assertEquals("/dev/md0", DeviceNames.raid("md0"));
		assertEquals("/dev/md/root", DeviceNames.raid("/dev/md/root"));
		assertEquals("/dev/vg0/root", DeviceNames.logicalVolume("vg0", "root"));
	}
}
