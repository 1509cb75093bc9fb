package org.sisuite.core.disk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sisuite.core.disk.DiskTableFixtures;
import org.sisuite.core.disk.plan.DiskPlan.FstabEntry;
import org.sisuite.core.disk.plan.DiskPlan.Mount;
import org.sisuite.core.disk.plan.DiskPlan.PlannedDisk;
import org.sisuite.core.disk.plan.DiskPlan.PlannedFilesystem;
import org.sisuite.core.disk.plan.DiskPlan.PlannedLogicalVolume;
import org.sisuite.core.disk.plan.DiskPlan.PlannedPartition;
import org.sisuite.core.disk.plan.PlanRequest.TargetDisk;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.RaidArray;
import org.sisuite.model.VolumeGroup;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Applies generated plans for real: sparse files on loop devices, the script under dash or busybox
 * ash, then {@code sfdisk -J}, {@code lsblk -J}, {@code blkid}, {@code mdadm}, {@code lvs} and
 * {@code /proc/mounts} compared with the plan, and the fstab resolved with blkid. Needs root and the
 * tools; RAID needs the kernel's md driver, LVM its device mapper, the ESP mounts its vfat. What the
 * machine lacks is skipped with the reason, never faked.
 */
class LoopDeviceInstallTest {

	private static final List<String> TOOLS = List.of("losetup", "truncate", "sfdisk", "partx", "blkid", "lsblk", "blockdev",
			"mountpoint", "mkfs.ext4", "mkfs.xfs", "mkfs.vfat", "mkswap", "dash");

	@TempDir
	Path temp;

	private LoopDevices loops;
	private Path target;

	@BeforeAll
	static void machine() throws Exception {
		assumeTrue(Processes.run(List.of("id", "-u")).out().trim().equals("0"),
				"needs root for loop devices, partition tables, mkfs and mount");
		assumeTrue(Files.exists(Path.of("/dev/loop-control")), "the kernel has no loop devices (/dev/loop-control is missing)");
		List<String> missing = TOOLS.stream().filter(t -> !Processes.installed(t)).toList();
		assumeTrue(missing.isEmpty(), "missing tools " + missing
				+ " (Debian: util-linux mount fdisk e2fsprogs xfsprogs dosfstools dash)");
	}

	@BeforeEach
	void setUp() throws IOException {
		loops = new LoopDevices(temp);
		target = Files.createDirectories(temp.resolve("target"));
	}

	@AfterEach
	void tearDown() throws Exception {
		loops.close();
	}

	@Test
	void biosMsdosWithSwapInstallsUnderBusyboxAshAndRunsAgain() throws Exception {
		assumeTrue(kernelMounts("xfs") && kernelMounts("ext4"), "the kernel cannot mount ext4 and xfs");
		String shell = Processes.installed("busybox") ? "busybox" : "dash";
		DiskPlan plan = install(DiskTableFixtures.biosMsdos(), shell);
		assertPartitions(plan);
		assertFilesystems(plan);
		assertMounts(plan);
		assertFstab(plan);
		// a second run releases what the first one mounted and starts over
		run(plan, shell);
		assertMounts(plan);
		assertFstab(plan);
	}

	@Test
	void uefiGptIsPartitionedFormattedAndListedInFstab() throws Exception {
		DiskPlan plan = install(DiskTableFixtures.uefiGpt(), "dash", "release", "check", "partition", "mkfs", "fstab");
		assertPartitions(plan);
		assertFilesystems(plan);
		assertFstab(plan);
	}

	@Test
	void uefiGptMountsTheEspUnderTheTarget() throws Exception {
		assumeTrue(kernelMounts("vfat"), "the kernel cannot mount vfat, so the ESP cannot be mounted here"
				+ " (uefiGptIsPartitionedFormattedAndListedInFstab checks the rest)");
		DiskPlan plan = install(DiskTableFixtures.uefiGpt(), "dash");
		assertMounts(plan);
		assertFstab(plan);
	}

	@Test
	void raid1DisksArePartitionedForRaid() throws Exception {
		DiskPlan plan = install(DiskTableFixtures.raid1(), "dash", "release", "check", "partition");
		assertPartitions(plan);
		for (PlannedDisk disk : plan.disks()) {
			assertEquals(List.of("21686148-6449-6E6F-744E-656564454649", "A19D880F-05FC-4D3B-A006-743F0F84911E",
					"A19D880F-05FC-4D3B-A006-743F0F84911E"), disk.partitions().stream().map(PlannedPartition::type).toList());
		}
	}

	@Test
	void raid1ArraysAreBuiltMountedAndListedInFstab() throws Exception {
		assumeMd();
		DiskPlan plan = install(DiskTableFixtures.raid1(), "dash");
		assertPartitions(plan);
		for (DiskPlan.PlannedRaid array : plan.raidArrays()) {
			Processes.Result detail = tool("mdadm", "--detail", array.device());
			assertTrue(detail.out().contains("Raid Level : raid1"), detail.out());
			assertTrue(detail.out().contains("Raid Devices : 2"), detail.out());
			long bytes = Long.parseLong(tool("blockdev", "--getsize64", array.device()).out().trim());
			assertEquals(array.sizeBytes(), bytes, "the planned size of " + array.device());
		}
		assertFilesystems(plan);
		assertMounts(plan);
		assertFstab(plan);
	}

	@Test
	void lvmOnRaid1IsBuiltMountedAndListedInFstab() throws Exception {
		assumeMd();
		assumeTrue(Files.exists(Path.of("/dev/mapper/control")) && Processes.installed("lvcreate"),
				"LVM needs the kernel's device mapper (/dev/mapper/control is missing) and lvm2");
		assumeTrue(kernelMounts("vfat"), "the kernel cannot mount vfat, so the ESPs cannot be mounted here");
		DiskPlan plan = install(DiskTableFixtures.lvmOnRaid1(), "dash");
		assertPartitions(plan);
		DiskPlan.PlannedVolumeGroup group = plan.volumeGroups().get(0);
		for (PlannedLogicalVolume volume : group.logicalVolumes()) {
			long bytes = Long.parseLong(tool("lvs", "--noheadings", "--units", "b", "--nosuffix", "-o", "lv_size",
					group.name() + "/" + volume.name()).out().trim());
			assertEquals(volume.sizeBytes(), bytes, "the planned size of " + volume.device());
		}
		assertFilesystems(plan);
		assertMounts(plan);
		assertFstab(plan);
	}

	/** Attaches a loop device per disk, plans the table onto them and runs the script with the given phases. */
	private DiskPlan install(DiskTable table, String shell, String... phases) throws Exception {
		isolate(table);
		List<TargetDisk> disks = new ArrayList<>();
		Map<String, String> map = new HashMap<>();
		for (Disk disk : table.getDisks()) {
			String loop = loops.attach(DiskTableFixtures.DISK_BYTES);
			disks.add(new TargetDisk(loop, DiskTableFixtures.DISK_BYTES));
			map.put(disk.getDevice(), loop);
		}
		DiskPlan plan = DiskPlanner.plan(table, new PlanRequest(disks, map, target.toString(), null));
		loops.builds(target, plan.raidArrays().stream().map(DiskPlan.PlannedRaid::device).toList(),
				plan.volumeGroups().stream().map(DiskPlan.PlannedVolumeGroup::name).toList());
		Files.writeString(temp.resolve("plan.sh"), ShellScript.render(plan));
		run(plan, shell, phases);
		return plan;
	}

	private void run(DiskPlan plan, String shell, String... phases) throws Exception {
		List<String> command = new ArrayList<>(shell.equals("busybox") ? List.of("busybox", "sh") : List.of(shell));
		command.add(temp.resolve("plan.sh").toString());
		command.addAll(List.of(phases));
		Processes.Result result = Processes.run(command, null, 300);
		assertTrue(result.ok(), "the plan of " + plan.table() + " failed under " + shell + ": " + result);
	}

	/** md devices and volume group names no one else uses, so the release phase touches nothing of the machine. */
	private static void isolate(DiskTable table) {
		int number = 90;
		for (RaidArray array : table.getRaidArrays()) {
			while (Files.exists(Path.of("/sys/block/md" + number)) || Files.exists(Path.of("/dev/md" + number))) {
				number++;
			}
			array.setDevice("/dev/md" + number++);
		}
		for (VolumeGroup group : table.getVolumeGroups()) {
			group.setName("sistest" + ProcessHandle.current().pid() + group.getName());
		}
	}

	private static void assertPartitions(DiskPlan plan) throws Exception {
		for (PlannedDisk disk : plan.disks()) {
			JsonObject table = JsonParser.parseString(tool("sfdisk", "--json", disk.device()).out()).getAsJsonObject()
					.getAsJsonObject("partitiontable");
			assertEquals(disk.label(), table.get("label").getAsString());
			assertEquals(512, table.get("sectorsize").getAsInt());
			JsonArray partitions = table.getAsJsonArray("partitions");
			assertEquals(disk.partitions().size(), partitions.size(), "partitions of " + disk.device());
			for (int i = 0; i < partitions.size(); i++) {
				JsonObject actual = partitions.get(i).getAsJsonObject();
				PlannedPartition planned = disk.partitions().get(i);
				String what = planned.device();
				assertEquals(planned.device(), actual.get("node").getAsString());
				assertEquals(planned.startBytes() / 512, actual.get("start").getAsLong(), "start of " + what);
				assertEquals(planned.sizeBytes() / 512, actual.get("size").getAsLong(), "size of " + what);
				assertEquals(planned.type(), actual.get("type").getAsString(), "type of " + what);
				assertEquals(planned.bootable(), actual.has("bootable") && actual.get("bootable").getAsBoolean(), what);
				assertEquals(planned.name(), actual.has("name") ? actual.get("name").getAsString() : null, "name of " + what);
			}
			Map<String, Long> sizes = new HashMap<>();
			for (JsonElement device : JsonParser.parseString(tool("lsblk", "--json", "--bytes", "--list", "--output",
					"PATH,SIZE,TYPE", disk.device()).out()).getAsJsonObject().getAsJsonArray("blockdevices")) {
				sizes.put(device.getAsJsonObject().get("path").getAsString(), device.getAsJsonObject().get("size").getAsLong());
			}
			assertEquals(disk.sizeBytes(), sizes.get(disk.device()), "lsblk size of " + disk.device());
			for (PlannedPartition partition : disk.partitions()) {
				if (!partition.kind().equals("extended")) { // the kernel shows an extended partition as 1 KiB
					assertEquals(partition.sizeBytes(), sizes.get(partition.device()), "lsblk size of " + partition.device());
				}
			}
		}
	}

	private static void assertFilesystems(DiskPlan plan) throws Exception {
		for (PlannedFilesystem filesystem : plan.filesystems()) {
			if (filesystem.device() == null) {
				continue;
			}
			Map<String, String> probe = blkid(filesystem.device());
			assertEquals(filesystem.fsType(), probe.get("TYPE"), "type on " + filesystem.device());
			assertEquals(filesystem.label(), probe.get("LABEL"), "label on " + filesystem.device());
		}
	}

	private void assertMounts(DiskPlan plan) throws Exception {
		Map<String, String[]> mounted = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
			String[] fields = line.split(" ");
			mounted.put(fields[1], fields);
		}
		assertEquals(plan.mounts().size(), LoopDevices.mountsUnder(target).size(), "mounts under " + target);
		for (Mount mount : plan.mounts()) {
			String[] fields = mounted.get(Path.of(mount.directory()).toRealPath().toString());
			assertTrue(fields != null, mount.directory() + " is not mounted");
			assertEquals(Path.of(mount.device()).toRealPath().toString(), Path.of(fields[0]).toRealPath().toString());
			assertEquals(mount.fsType(), fields[2], "type mounted on " + mount.directory());
		}
	}

	/** Every fstab line is the planned one, and its UUID= or LABEL= finds the planned device. */
	private void assertFstab(DiskPlan plan) throws Exception {
		List<String> lines = Files.readAllLines(target.resolve("etc/fstab")).stream().filter(l -> !l.startsWith("#")).toList();
		assertEquals(plan.fstab().size(), lines.size(), String.join("\n", lines));
		for (int i = 0; i < lines.size(); i++) {
			FstabEntry entry = plan.fstab().get(i);
			String[] fields = lines.get(i).split("\t");
			String spec = entry.spec() != null ? entry.spec() : "UUID=" + blkid(entry.device()).get("UUID");
			assertEquals(List.of(spec, entry.mountPoint(), entry.fsType(), entry.options(), Integer.toString(entry.dump()),
					Integer.toString(entry.pass())), List.of(fields), "fstab line " + (i + 1));
			if (entry.device() != null) {
				String found = spec.startsWith("UUID=") ? tool("blkid", "-U", spec.substring(5)).out().trim()
						: spec.startsWith("LABEL=") ? tool("blkid", "-L", spec.substring(6)).out().trim() : spec;
				assertEquals(Path.of(entry.device()).toRealPath(), Path.of(found).toRealPath(), spec + " finds the device");
			}
		}
	}

	private static Map<String, String> blkid(String device) throws Exception {
		Map<String, String> values = new HashMap<>();
		for (String line : tool("blkid", "-p", "-o", "export", device).out().split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				values.put(line.substring(0, equals), line.substring(equals + 1));
			}
		}
		return values;
	}

	private static Processes.Result tool(String... command) throws Exception {
		Processes.Result result = Processes.run(List.of(command));
		assertTrue(result.ok(), String.join(" ", command) + ": " + result);
		return result;
	}

	private static void assumeMd() throws Exception {
		assumeTrue(Processes.installed("mdadm"), "mdadm is not installed");
		assumeTrue(Files.exists(Path.of("/proc/mdstat")) || modprobeFinds("md_mod"),
				"the kernel has no md driver (/proc/mdstat is missing and no md_mod module), so no RAID here");
	}

	/** Whether the kernel mounts the type now, or has a module for it. */
	private static boolean kernelMounts(String type) throws Exception {
		for (String line : Files.readAllLines(Path.of("/proc/filesystems"))) {
			if (line.endsWith("\t" + type)) {
				return true;
			}
		}
		return modprobeFinds(type);
	}

	private static boolean modprobeFinds(String module) throws Exception {
		return Processes.installed("modprobe") && Processes.run(List.of("modprobe", "--dry-run", "--quiet", module)).ok();
	}
}
