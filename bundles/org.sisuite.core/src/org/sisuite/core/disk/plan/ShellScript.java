package org.sisuite.core.disk.plan;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sisuite.core.disk.layout.Sizes;
import org.sisuite.core.disk.plan.DiskPlan.PlannedDisk;
import org.sisuite.core.disk.plan.DiskPlan.Step;

/**
 * Renders a {@link DiskPlan} as a POSIX shell script for the installer: {@code set -eu}, one function
 * per phase, runs under dash and busybox ash, and needs util-linux (sfdisk, partx, blkid, blockdev,
 * mountpoint) plus the tools of the table (mdadm, lvm2, e2fsprogs, xfsprogs, dosfstools, ...).
 * <p>
 * {@code sh SCRIPT} runs every phase in order; {@code sh SCRIPT mkfs mount} runs only those. The
 * script's helpers ({@code sis_*}) are the names a {@link Step} may call.
 */
public final class ShellScript {

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./=:,%+@-]+");
	private static final String EOF_MARK = "SIS_EOF";

	private ShellScript() {
	}

	/** The script for a plan. */
	public static String render(DiskPlan plan) {
		StringBuilder out = new StringBuilder();
		header(out, plan);
		out.append("set -eu\n\n");
		out.append("TARGET=").append(quote(plan.target())).append('\n');
		out.append("TABLE=").append(quote(plan.table() == null ? "" : plan.table())).append("\n\n");
		out.append(HELPERS);
		List<String> allPhases = new java.util.ArrayList<>(DiskPlan.PHASES);
		allPhases.addAll(DiskPlan.AFTER_IMAGE_PHASES);
		for (String phase : allPhases) {
			out.append('\n').append("sis_phase_").append(phase).append("() {\n");
			List<Step> steps = plan.steps().stream().filter(s -> s.phase().equals(phase)).toList();
			if (steps.isEmpty()) {
				out.append("\t: # nothing to do\n");
			}
			for (Step step : steps) {
				if (step.description() != null) {
					out.append("\tsis_log ").append(quote(step.description())).append('\n');
				}
				out.append('\t').append(command(step.command()));
				if (step.input() != null) {
					out.append(" <<'").append(EOF_MARK).append("'\n").append(step.input());
					if (!step.input().endsWith("\n")) {
						out.append('\n');
					}
					out.append(EOF_MARK);
				}
				out.append('\n');
			}
			out.append("}\n");
		}
		out.append(MAIN.replace("@PHASES@", String.join(" ", DiskPlan.PHASES))
				.replace("@ALL_PHASES@", String.join(" ", allPhases))
				.replace("@PHASE_CASES@", String.join(" | ", allPhases)));
		return out.toString();
	}

	private static void header(StringBuilder out, DiskPlan plan) {
		out.append("#!/bin/sh\n");
		out.append("# Disk plan of table '").append(comment(plan.table())).append("', made by SIS Workbench.\n#\n");
		out.append("# DESTROYS ALL DATA on ").append(plan.disks().stream()
				.map(d -> comment(d.device()) + " (" + Sizes.human(d.sizeBytes()) + ")").collect(Collectors.joining(", ")))
				.append(".\n");
		for (PlannedDisk disk : plan.disks()) {
			if (!disk.device().equals(disk.tableDevice())) {
				out.append("# ").append(comment(disk.device())).append(" is the table's ").append(comment(disk.tableDevice()))
						.append(".\n");
			}
		}
		out.append("#\n");
		out.append("# Usage: sh SCRIPT [PHASE...]; without phases all run, in this order:\n");
		out.append("#   release    unmount what a previous run mounted under the target, stop its swap, volume groups, arrays\n");
		out.append("#   check      the tools are there; every disk exists, is large enough and is not in use\n");
		out.append("#   partition  write the partition tables with sfdisk (1 MiB aligned) and wait for the partitions\n");
		out.append("#   raid       create the md arrays\n");
		out.append("#   lvm        create the LVM physical volumes, volume groups and logical volumes\n");
		out.append("#   mkfs       create the file systems and swap areas\n");
		out.append("#   mount      mount the file systems under the target, parents first\n");
		out.append("#   fstab      write the target's /etc/fstab, reading UUIDs with blkid, and /etc/mdadm/mdadm.conf\n");
		out.append("# and, only when named, after the image is copied into the target:\n");
		out.append("#   bootloader install the boot loader from the image, in a chroot of the target\n");
		out.append("# Needs util-linux (sfdisk, partx, blkid, blockdev, mountpoint) and the tools the check phase lists.\n");
		if (!plan.warnings().isEmpty()) {
			out.append("#\n# Warnings:\n");
			plan.warnings().forEach(w -> out.append("#   ").append(comment(w)).append('\n'));
		}
		out.append('\n');
	}

	/** The words of a command, each quoted for the shell as needed. */
	static String command(List<String> words) {
		return words.stream().map(ShellScript::quote).collect(Collectors.joining(" "));
	}

	/** A word for the shell: as it is when it is safe, else in single quotes. */
	static String quote(String word) {
		if (!word.isEmpty() && SAFE.matcher(word).matches()) {
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'";
	}

	private static String comment(String text) {
		return text == null ? "" : text.replaceAll("[\\p{Cntrl}]", " ");
	}

	private static final String HELPERS = """
			sis_log() {
				printf 'sis disk plan: %s\\n' "$*" >&2
			}

			sis_fail() {
				sis_log "error: $*"
				exit 1
			}

			# sis_need TOOL...: every tool is installed
			sis_need() {
				for sis_tool in "$@"; do
					command -v "$sis_tool" >/dev/null 2>&1 || sis_fail "$sis_tool is missing"
				done
			}

			# sis_settle: let udev (when there is one) finish creating and removing device nodes
			sis_settle() {
				if command -v udevadm >/dev/null 2>&1; then
					udevadm settle --timeout=30 || sis_log "udevadm settle timed out; going on"
				fi
			}

			# sis_dir MOUNTPOINT: the directory of a mount point under the target
			sis_dir() {
				if [ "$1" = / ]; then
					printf '%s\\n' "$TARGET"
				else
					printf '%s%s\\n' "$TARGET" "$1"
				fi
			}

			# sis_release_mount MOUNTPOINT: unmount it from the target if it is mounted
			sis_release_mount() {
				sis_path=$(sis_dir "$1")
				if [ -d "$sis_path" ] && mountpoint -q "$sis_path"; then
					sis_log "unmounting $sis_path"
					umount "$sis_path"
				fi
			}

			# sis_release_swap DEVICE: stop swapping on it if it is in use
			sis_release_swap() {
				if [ -b "$1" ] && grep -q "^$(readlink -f "$1") " /proc/swaps; then
					sis_log "stopping swap on $1"
					swapoff "$1"
				fi
			}

			# sis_release_vg NAME: deactivate the volume group if it exists
			sis_release_vg() {
				if command -v vgs >/dev/null 2>&1 && vgs "$1" >/dev/null 2>&1; then
					sis_log "deactivating volume group $1"
					vgchange -an "$1"
				fi
			}

			# sis_release_md DEVICE: stop the array if it runs
			sis_release_md() {
				if [ -b "$1" ] && command -v mdadm >/dev/null 2>&1 && mdadm --detail "$1" >/dev/null 2>&1; then
					sis_log "stopping $1"
					mdadm --stop "$1"
				fi
			}

			# sis_check_disk DEVICE BYTES: a block device of at least BYTES that nothing holds, mounts or swaps on
			sis_check_disk() {
				[ -b "$1" ] || sis_fail "$1 is not a block device"
				sis_size=$(blockdev --getsize64 "$1")
				[ "$sis_size" -ge "$2" ] || sis_fail "$1 has $sis_size bytes; the plan needs $2"
				[ "$sis_size" -eq "$2" ] || sis_log "$1 has $sis_size bytes, the plan was made for $2: the rest stays unused"
				sis_name=$(basename "$(readlink -f "$1")")
				for sis_holder in /sys/class/block/"$sis_name"/holders/* /sys/class/block/"$sis_name"/"$sis_name"*/holders/*; do
					[ -e "$sis_holder" ] || continue
					sis_fail "$1 is in use by $(basename "$sis_holder") (an md array or a device-mapper device); stop it first"
				done
				for sis_node in /sys/class/block/"$sis_name" /sys/class/block/"$sis_name"/"$sis_name"*; do
					[ -e "$sis_node" ] || continue
					sis_node=/dev/$(basename "$sis_node")
					if grep -q "^$sis_node " /proc/mounts /proc/swaps; then
						sis_fail "$sis_node is mounted or used as swap; stop using it first"
					fi
				done
			}

			# sis_reread DISK: make the kernel see the new partition table; sfdisk's own re-read does not
			# work everywhere (e.g. on loop devices), partx updates, adds and removes partitions one by one
			sis_reread() {
				sis_settle
				partx --update --nr 1:128 "$1"
				sis_settle
			}

			# sis_wait_block DEVICE...: wait up to 30 seconds for each block device to appear
			sis_wait_block() {
				for sis_device in "$@"; do
					sis_tries=0
					while [ ! -b "$sis_device" ]; do
						sis_tries=$((sis_tries + 1))
						[ "$sis_tries" -le 30 ] || sis_fail "$sis_device did not appear"
						sleep 1
					done
				done
			}

			# sis_mount DEVICE MOUNTPOINT TYPE: mount the file system under the target
			sis_mount() {
				sis_path=$(sis_dir "$2")
				mkdir -p "$sis_path"
				sis_log "mounting $1 on $sis_path"
				mount -t "$3" "$1" "$sis_path"
			}

			# sis_mdadm_conf DEVICE...: the arrays in the target's /etc/mdadm/mdadm.conf, for its initramfs
			sis_mdadm_conf() {
				mkdir -p "$TARGET/etc/mdadm"
				sis_mdadm=$TARGET/etc/mdadm/mdadm.conf.sis-new
				{
					printf '# /etc/mdadm/mdadm.conf of disk table %s, written by SIS Workbench\\n' "$TABLE"
					printf 'HOMEHOST <system>\\n'
					mdadm --detail --brief "$@"
				} >"$sis_mdadm"
				mv "$sis_mdadm" "$TARGET/etc/mdadm/mdadm.conf"
			}

			# sis_chroot_begin, sis_chroot_end: /dev, /proc and /sys of this system in the target, for tools run in it
			sis_chroot_begin() {
				trap sis_chroot_end EXIT
				for sis_fs in dev proc sys; do
					mkdir -p "$TARGET/$sis_fs"
					mountpoint -q "$TARGET/$sis_fs" || mount --rbind "/$sis_fs" "$TARGET/$sis_fs"
				done
			}

			sis_chroot_end() {
				for sis_fs in sys proc dev; do
					if mountpoint -q "$TARGET/$sis_fs"; then
						umount -R "$TARGET/$sis_fs" || umount -l "$TARGET/$sis_fs"
					fi
				done
				trap - EXIT
			}

			# sis_in_target COMMAND...: run a command of the image in the target
			sis_in_target() {
				chroot "$TARGET" "$@"
			}

			# sis_grub install|mkconfig ARGS...: GRUB's tool as the image names it (grub-* or Red Hat's grub2-*)
			sis_grub() {
				sis_grub_action=$1
				shift
				for sis_grub_prefix in grub grub2; do
					if chroot "$TARGET" /bin/sh -c "command -v $sis_grub_prefix-$sis_grub_action" >/dev/null 2>&1; then
						if [ "$sis_grub_action" = mkconfig ]; then
							chroot "$TARGET" "$sis_grub_prefix-mkconfig" -o "/boot/$sis_grub_prefix/grub.cfg"
						else
							chroot "$TARGET" "$sis_grub_prefix-$sis_grub_action" "$@"
						fi
						return 0
					fi
				done
				sis_fail "the image has no grub-$sis_grub_action or grub2-$sis_grub_action"
			}

			# sis_initramfs: rebuild the target's initramfs (update-initramfs or dracut), so it assembles RAID and LVM
			sis_initramfs() {
				if chroot "$TARGET" /bin/sh -c 'command -v update-initramfs' >/dev/null 2>&1; then
					chroot "$TARGET" update-initramfs -u -k all
				elif chroot "$TARGET" /bin/sh -c 'command -v dracut' >/dev/null 2>&1; then
					chroot "$TARGET" dracut --regenerate-all --force
				else
					sis_log "the image has neither update-initramfs nor dracut; its initramfs is left as it is"
				fi
			}

			# sis_fstab_begin, sis_fstab_line SPEC MOUNTPOINT TYPE OPTIONS DUMP PASS,
			# sis_fstab_uuid DEVICE MOUNTPOINT TYPE OPTIONS DUMP PASS, sis_fstab_end: write $TARGET/etc/fstab
			sis_fstab_begin() {
				mkdir -p "$TARGET/etc"
				sis_fstab=$TARGET/etc/fstab.sis-new
				printf '# /etc/fstab of disk table %s, written by SIS Workbench\\n' "$TABLE" >"$sis_fstab"
				printf '# <file system>\\t<mount point>\\t<type>\\t<options>\\t<dump>\\t<pass>\\n' >>"$sis_fstab"
			}

			sis_fstab_line() {
				printf '%s\\t%s\\t%s\\t%s\\t%s\\t%s\\n' "$1" "$2" "$3" "$4" "$5" "$6" >>"$sis_fstab"
			}

			sis_fstab_uuid() {
				sis_uuid=$(blkid -p -s UUID -o value "$1") || sis_fail "blkid finds no file system on $1"
				[ -n "$sis_uuid" ] || sis_fail "the file system on $1 has no UUID"
				sis_fstab_line "UUID=$sis_uuid" "$2" "$3" "$4" "$5" "$6"
			}

			sis_fstab_end() {
				mv "$sis_fstab" "$TARGET/etc/fstab"
			}
			""";

	private static final String MAIN = """

			if [ "$#" -eq 0 ]; then
				set -- @PHASES@
			fi
			for sis_phase in "$@"; do
				case $sis_phase in
				@PHASE_CASES@) ;;
				*) sis_fail "unknown phase '$sis_phase'; the phases are: @ALL_PHASES@" ;;
				esac
			done
			for sis_phase in "$@"; do
				sis_log "phase $sis_phase"
				"sis_phase_$sis_phase"
			done
			sis_log "done"
			""";
}
