#!/bin/sh
# @HEADER@
#
# Usage: sh SCRIPT (as /init of the SIS boot environment runs it). Parameters come from the
# environment, else from the kernel command line (/proc/cmdline; sis.* wins over si.*):
#   SIS_SERVER        sis.server= | si.image-server=          the image server (required)
#   SIS_RSYNC_PORT    sis.rsync-port=                         its rsync port
#   SIS_IMAGE         sis.image= | si.image-name=             the image (module) to install
#   SIS_MONITOR_HOST  sis.monitor=HOST:PORT | si.monitor-server= and si.monitor-port= (port 8181)
#   SIS_HOSTNAME      sis.hostname= | the ip= host name | the client of this MAC
#   SIS_MAC           BOOTIF=01-aa-bb-cc-dd-ee-ff
#   SIS_IP            ip=CLIENT::GW:NETMASK:HOSTNAME:DEV:none
#   SIS_TARGET_DIR    install into this directory: no disk is touched, no boot loader, no post action
#   SIS_NONINTERACTIVE=1   on failure exit 1 rather than start a shell
#   SIS_CMDLINE       the kernel command line file (default /proc/cmdline)
#   SIS_LOG           the log (default /tmp/sis-install.log)
# Progress goes to the monitor as mac=..:ip=..:host=..:status=N:speed=KBPS:step=WORD lines
# (0 init, 1-99 percent, 101 finalizing, 100 imaged, 103 beeping, 104 rebooting, 105 shutdown,
# 106 shell, negative: failed).

set -u

# @CONFIG@

SIS_LOG=${SIS_LOG:-/tmp/sis-install.log}
SIS_MONITOR_OPEN=no
SIS_MONITOR_PID=
SIS_WORK=
SIS_STEP=init
SIS_GROUPS=
SIS_NET=
SIS_NET_IP=
SIS_NET_PREFIX=
SIS_NET_GATEWAY=
SIS_NET_MAC=
SIS_BINDS=

sis_log() {
	sis_line="sis install: $*"
	printf '%s\n' "$sis_line" >&2
	printf '%s %s\n' "$(date '+%Y-%m-%d %H:%M:%S' 2>/dev/null)" "$sis_line" >>"$SIS_LOG" 2>/dev/null || :
}

# sis_param NAME...: print the value of the first NAME=VALUE on the kernel command line
sis_param() {
	sis_found=
	set -f
	for sis_name in "$@"; do
		for sis_word in $SIS_KERNEL_ARGS; do
			case $sis_word in
			"$sis_name"=*)
				sis_found=${sis_word#*=}
				break 2
				;;
			esac
		done
	done
	set +f
	[ -n "$sis_found" ] || return 1
	printf '%s\n' "$sis_found"
}

sis_read_parameters() {
	SIS_KERNEL_ARGS=
	if [ -r "${SIS_CMDLINE:-/proc/cmdline}" ]; then
		SIS_KERNEL_ARGS=$(cat "${SIS_CMDLINE:-/proc/cmdline}")
	fi
	sis_ip_client=
	sis_ip_host=
	sis_ip=$(sis_param ip) || sis_ip=
	case $sis_ip in
	'' | dhcp | dhcp6 | on | any | auto6) ;;
	*)
		sis_ip_client=${sis_ip%%:*}
		sis_ip_host=$(printf '%s\n' "$sis_ip" | cut -d: -f5)
		;;
	esac
	[ -n "${SIS_SERVER:-}" ] || SIS_SERVER=$(sis_param sis.server si.image-server) || SIS_SERVER=
	[ -n "${SIS_RSYNC_PORT:-}" ] || SIS_RSYNC_PORT=$(sis_param sis.rsync-port) || SIS_RSYNC_PORT=$SIS_DEFAULT_RSYNC_PORT
	[ -n "${SIS_IMAGE:-}" ] || SIS_IMAGE=$(sis_param sis.image si.image-name) || SIS_IMAGE=$SIS_SCRIPT_IMAGE
	if [ -z "${SIS_MONITOR_HOST:-}" ]; then
		if sis_monitor=$(sis_param sis.monitor); then
			SIS_MONITOR_HOST=${sis_monitor%:*}
			[ -n "${SIS_MONITOR_PORT:-}" ] || SIS_MONITOR_PORT=${sis_monitor##*:}
		else
			SIS_MONITOR_HOST=$(sis_param si.monitor-server) || SIS_MONITOR_HOST=
		fi
	fi
	[ -n "${SIS_MONITOR_PORT:-}" ] || SIS_MONITOR_PORT=$(sis_param si.monitor-port) || SIS_MONITOR_PORT=8181
	if [ -z "${SIS_MAC:-}" ]; then
		SIS_MAC=$(sis_param BOOTIF) || SIS_MAC=
		SIS_MAC=$(printf '%s\n' "${SIS_MAC#01-}" | tr 'A-F-' 'a-f:')
	fi
	[ -n "${SIS_IP:-}" ] || SIS_IP=$sis_ip_client
	if [ -z "${SIS_HOSTNAME:-}" ]; then
		SIS_HOSTNAME=$(sis_param sis.hostname) || SIS_HOSTNAME=$sis_ip_host
	fi
	if [ -z "$SIS_HOSTNAME" ] && [ -n "$SIS_MAC" ]; then
		SIS_HOSTNAME=$(sis_hostname_of_mac "$SIS_MAC") || SIS_HOSTNAME=
	fi
	if [ -n "$SIS_HOSTNAME" ]; then
		sis_client "${SIS_HOSTNAME%%.*}" || sis_log "host $SIS_HOSTNAME is not a client of image $SIS_SCRIPT_IMAGE in the database"
	fi
	SIS_URL=rsync://$SIS_SERVER:$SIS_RSYNC_PORT
	export SIS_SERVER SIS_RSYNC_PORT SIS_IMAGE SIS_MONITOR_HOST SIS_MONITOR_PORT SIS_MAC SIS_IP SIS_HOSTNAME SIS_GROUPS
}

# sis_monitor_start: one connection to the monitor for every report, kept open through a fifo
sis_monitor_start() {
	[ -n "$SIS_MONITOR_HOST" ] || return 0
	if command -v nc >/dev/null 2>&1; then
		sis_nc=nc
	elif command -v busybox >/dev/null 2>&1; then
		sis_nc='busybox nc'
	else
		sis_log "no nc: progress is not sent to the monitor"
		return 0
	fi
	mkfifo "$SIS_WORK/monitor" || return 0
	# shellcheck disable=SC2086 # sis_nc is a command and its first argument
	$sis_nc "$SIS_MONITOR_HOST" "$SIS_MONITOR_PORT" <"$SIS_WORK/monitor" >/dev/null 2>&1 &
	SIS_MONITOR_PID=$!
	exec 3>"$SIS_WORK/monitor"
	SIS_MONITOR_OPEN=yes
}

# sis_monitor_stop: close the connection once nc had a moment to send the last lines
sis_monitor_stop() {
	[ "$SIS_MONITOR_OPEN" = yes ] || return 0
	SIS_MONITOR_OPEN=no
	exec 3>&-
	sleep 1
	kill "$SIS_MONITOR_PID" 2>/dev/null || :
	wait "$SIS_MONITOR_PID" 2>/dev/null || :
}

# sis_report STATUS STEP [KBPS]: one line to the monitor, in SystemImager's classic format
sis_report() {
	[ "$SIS_MONITOR_OPEN" = yes ] || return 0
	(
		trap '' PIPE
		printf 'mac=%s:ip=%s:host=%s:status=%s:speed=%s:step=%s\n' "$SIS_MAC" "$SIS_IP" "$SIS_HOSTNAME" "$1" "${3:-0}" "$2" >&3
	) 2>/dev/null || :
}

# sis_step WORD STATUS MESSAGE: a new step, logged and reported
sis_step() {
	SIS_STEP=$1
	sis_log "$3"
	sis_report "$2" "$1"
}

sis_cleanup() {
	sis_unbind
	sis_monitor_stop
	if [ -n "$SIS_WORK" ]; then
		rm -rf "$SIS_WORK"
		SIS_WORK=
	fi
}

# sis_fail MESSAGE: report a negative status, keep the log, and start a shell (or exit 1 when
# nobody is there to use it: a directory target, SIS_NONINTERACTIVE=1, no terminal)
sis_fail() {
	sis_log "error in step $SIS_STEP: $*"
	sis_report -1 "$SIS_STEP"
	sis_log "the installation failed; the log is $SIS_LOG"
	trap - EXIT
	sis_cleanup
	if [ -n "${SIS_TARGET_DIR:-}" ] || [ "${SIS_NONINTERACTIVE:-0}" = 1 ] || [ ! -t 0 ]; then
		exit 1
	fi
	sis_log "starting a shell"
	exec /bin/sh -i
}

# sis_run WHAT COMMAND...: run it, its output to the console and the log; fail naming WHAT
sis_run() {
	sis_what=$1
	shift
	{
		"$@" 2>&1
		echo "$?" >"$SIS_WORK/rc"
	} | tee -a "$SIS_LOG"
	read -r sis_rc <"$SIS_WORK/rc"
	[ "$sis_rc" -eq 0 ] || sis_fail "$sis_what failed (exit $sis_rc)"
}

sis_need() {
	for sis_tool in "$@"; do
		command -v "$sis_tool" >/dev/null 2>&1 || sis_fail "$sis_tool is missing in the install environment"
	done
}

# sis_fetch: the exclude list, the pre- and post-install scripts and which overrides exist
sis_fetch() {
	sis_step fetch 1 "reading the install files from $SIS_URL"
	sis_run "reading the scripts module of $SIS_URL" rsync --contimeout=20 -rlt "$SIS_URL/scripts/install.exclude" \
		"$SIS_URL/scripts/pre-install" "$SIS_URL/scripts/post-install" "$SIS_WORK/"
	for sis_kind in image group host; do
		sis_run "listing the $sis_kind overrides" rsync --contimeout=20 --list-only "$SIS_URL/overrides/$sis_kind/" \
			>"$SIS_WORK/overrides-$sis_kind"
	done
}

# sis_has_override KIND NAME: the server has an override tree for it
sis_has_override() {
	awk -v name="$2" '$NF == name && substr($1, 1, 1) == "d" { found = 1 } END { exit !found }' "$SIS_WORK/overrides-$1"
}

# sis_run_scripts KIND: the pre-install (here) or post-install (chrooted in the target) scripts
# named NNall.*, NNIMAGE.*, NNGROUP.* or NNHOSTNAME.*, in the order of their names
sis_run_scripts() {
	for sis_file in "$SIS_WORK/$1"/*; do
		[ -f "$sis_file" ] || continue
		sis_base=${sis_file##*/}
		sis_rest=${sis_base#[0-9][0-9]}
		[ "$sis_rest" != "$sis_base" ] || continue
		sis_who=${sis_rest%%.*}
		sis_mine=no
		for sis_name in all "$SIS_IMAGE" $SIS_GROUPS "${SIS_HOSTNAME%%.*}"; do
			[ "$sis_who" != "$sis_name" ] || sis_mine=yes
		done
		[ "$sis_mine" = yes ] || continue
		sis_log "$1 script $sis_base"
		if [ "$1" = pre-install ]; then
			sis_run "$1 script $sis_base" sh "$sis_file"
		else
			[ -x "$TARGET/bin/sh" ] || sis_fail "the image has no /bin/sh to run $1 script $sis_base in"
			mkdir -p "$TARGET/tmp/sis-post-install"
			cp "$sis_file" "$TARGET/tmp/sis-post-install/$sis_base" || sis_fail "cannot copy $sis_base into the target"
			sis_run "$1 script $sis_base" chroot "$TARGET" /bin/sh "/tmp/sis-post-install/$sis_base"
			rm -rf "$TARGET/tmp/sis-post-install"
		fi
	done
}

sis_partition() {
	if ! sis_disk_script >"$SIS_WORK/disks.sh"; then
		sis_fail "this script has no disk table (sis script generate --disk-table); only SIS_TARGET_DIR installs work"
	fi
	sis_step partition 3 "partitioning with disk table $SIS_DISK_TABLE"
	sis_run "the disk plan" sh "$SIS_WORK/disks.sh" release check partition raid lvm mkfs mount
}

# sis_pull_image: the image into the target, reporting percent and speed from rsync's progress;
# the mount points of the disk plan are protected from --delete (an image may lack the directory)
sis_pull_image() {
	sis_step image 10 "pulling image $SIS_IMAGE from $SIS_URL into $TARGET"
	# the mount points below the target (/boot/efi, ...) stay even when the image lacks them:
	# --delete would try to remove them and fail with EBUSY
	awk -v target="$TARGET/" 'index($2, target) == 1 { print "P /" substr($2, length(target) + 1) "/" }' \
		/proc/mounts >"$SIS_WORK/protect.filter" 2>/dev/null || : >"$SIS_WORK/protect.filter"
	{
		rsync --contimeout=20 -aHAX --numeric-ids --sparse --delete --no-inc-recursive --info=progress2 \
			--filter="merge $SIS_WORK/protect.filter" --exclude-from="$SIS_WORK/install.exclude" \
			"$SIS_URL/$SIS_IMAGE/" "$TARGET/" 2>"$SIS_WORK/rsync.err"
		echo "$?" >"$SIS_WORK/rc"
	} | tr '\r' '\n' | awk '
		$2 ~ /^[0-9]+%$/ {
			percent = $2 + 0
			speed = $3 + 0
			if ($3 ~ /GB\/s/) speed *= 1048576
			else if ($3 ~ /MB\/s/) speed *= 1024
			else if ($3 !~ /kB\/s/) speed /= 1024
			if (percent != last) {
				printf "%d %d\n", percent, speed
				fflush()
				last = percent
			}
		}' | while read -r sis_percent sis_speed; do
		sis_report $((10 + sis_percent * 89 / 100)) image "$sis_speed"
	done
	cat "$SIS_WORK/rsync.err" >>"$SIS_LOG"
	read -r sis_rc <"$SIS_WORK/rc"
	if [ "$sis_rc" -eq 23 ] && grep -q 'Invalid cross-device link' "$SIS_WORK/rsync.err"; then
		# files hard linked in the image that land on different file systems here: a second pass
		# without -H copies the files rsync could not link (the rest is up to date and keeps its links)
		sis_log "hard links of the image cross the client's file systems; copying those files"
		sis_run "rsync of image $SIS_IMAGE (without hard links)" rsync --contimeout=20 -aAX --numeric-ids --sparse \
			--delete --filter="merge $SIS_WORK/protect.filter" --exclude-from="$SIS_WORK/install.exclude" \
			"$SIS_URL/$SIS_IMAGE/" "$TARGET/"
		sis_rc=0
	fi
	[ "$sis_rc" -eq 0 ] || sis_fail "rsync of image $SIS_IMAGE failed (exit $sis_rc): $(tail -n 3 "$SIS_WORK/rsync.err" | tr '\n' ' ')"
	# rsync's progress may end below 100 % (sparse files, hard links): the image is complete now
	sis_report 99 image
}

# sis_apply_overrides: the image's override tree, then each group's, then the host's
sis_apply_overrides() {
	sis_step overrides 101 "applying the overrides"
	sis_apply_override image "$SIS_IMAGE"
	for sis_group in $SIS_GROUPS; do
		sis_apply_override group "$sis_group"
	done
	[ -z "$SIS_HOSTNAME" ] || sis_apply_override host "${SIS_HOSTNAME%%.*}"
}

sis_apply_override() {
	sis_has_override "$1" "$2" || return 0
	sis_log "override $1/$2"
	# --ignore-times: an override file of the same size and time as the image's must still replace it
	sis_run "override $1/$2" rsync --contimeout=20 -aHAX --numeric-ids --ignore-times "$SIS_URL/overrides/$1/$2/" "$TARGET/"
}

# sis_write_files: /etc/hostname, an empty /etc/machine-id, the network settings,
# /etc/sisuite/IMAGE_LAST_SYNCED_TO
sis_write_files() {
	sis_step files 101 "writing the host's files"
	mkdir -p "$TARGET/etc/sisuite"
	if [ -n "$SIS_HOSTNAME" ]; then
		printf '%s\n' "${SIS_HOSTNAME%%.*}" >"$TARGET/etc/hostname"
	else
		sis_log "no host name known: /etc/hostname is not written"
	fi
	printf '%s\n' "$SIS_IMAGE" >"$TARGET/etc/sisuite/IMAGE_LAST_SYNCED_TO"
	# install.exclude keeps the image's machine id off every clone; an empty file makes systemd
	# generate the client's own at boot. A missing one on a read-only root stops systemd (it takes
	# the boot for a first boot: systemd-firstboot waits at the console and udev with it)
	[ -e "$TARGET/etc/machine-id" ] || : >"$TARGET/etc/machine-id"
	sis_write_network
}

sis_write_network() {
	[ -n "$SIS_NET_MAC" ] || SIS_NET_MAC=$SIS_MAC
	[ -n "$SIS_NET" ] || SIS_NET=dhcp
	if [ ! -d "$TARGET/etc/systemd/network" ]; then
		sis_log "the image has no /etc/systemd/network: its network settings are kept"
		return 0
	fi
	{
		echo "# written by the SIS Workbench install script of image $SIS_IMAGE"
		echo "[Match]"
		if [ -n "$SIS_NET_MAC" ]; then
			echo "MACAddress=$SIS_NET_MAC"
		else
			echo "Name=en* eth*"
		fi
		echo
		echo "[Network]"
		if [ "$SIS_NET" = static ] && [ -n "$SIS_NET_IP" ]; then
			echo "Address=$SIS_NET_IP/$SIS_NET_PREFIX"
			[ -z "$SIS_NET_GATEWAY" ] || echo "Gateway=$SIS_NET_GATEWAY"
		else
			echo "DHCP=yes"
		fi
	} >"$TARGET/etc/systemd/network/50-sis.network"
}

sis_fstab() {
	[ -z "${SIS_TARGET_DIR:-}" ] || return 0
	sis_step fstab 101 "writing /etc/fstab of disk table $SIS_DISK_TABLE"
	sis_run "writing /etc/fstab" sh "$SIS_WORK/disks.sh" fstab
}

# sis_bind: /dev, /proc and /sys in the target, for the chrooted post-install scripts
sis_bind() {
	[ -z "${SIS_TARGET_DIR:-}" ] || return 0
	for sis_fs in dev proc sys; do
		mkdir -p "$TARGET/$sis_fs"
		mount --bind "/$sis_fs" "$TARGET/$sis_fs" || sis_fail "cannot bind /$sis_fs into $TARGET"
		SIS_BINDS="$TARGET/$sis_fs $SIS_BINDS"
	done
}

sis_unbind() {
	for sis_bound in $SIS_BINDS; do
		umount "$sis_bound" 2>/dev/null || umount -l "$sis_bound" 2>/dev/null || :
	done
	SIS_BINDS=
}

# sis_boot_loader: the disk plan's bootloader phase (GRUB for BIOS or UEFI, systemd-boot, the
# initramfs for RAID and LVM), run in a chroot of the target with the image's own tools
sis_boot_loader() {
	if [ -n "${SIS_TARGET_DIR:-}" ]; then
		sis_log "directory target: no boot loader"
		return 0
	fi
	if [ "$SIS_BOOT_LOADER" = none ] || [ -z "$SIS_BOOT_LOADER" ]; then
		sis_log "no boot loader to install"
		return 0
	fi
	sis_step bootloader 101 "installing the boot loader ($SIS_BOOT_LOADER) of disk table $SIS_DISK_TABLE"
	sis_uuid_links
	sis_run "installing the boot loader" sh "$SIS_WORK/disks.sh" bootloader
}

# sis_uuid_links: /dev/disk/by-uuid as udev makes it, when nothing did (the boot environment has no
# udev): grub-mkconfig names the root file system by UUID only when its link is there, else by the
# installer's device name (root=/dev/sda3), which the installed kernel may name differently
sis_uuid_links() {
	mkdir -p /dev/disk/by-uuid || return 0
	for sis_dev in /dev/sd* /dev/vd* /dev/xvd* /dev/hd* /dev/nvme* /dev/mmcblk* /dev/md* /dev/dm-*; do
		[ -b "$sis_dev" ] || continue
		sis_uuid=$(blkid -p -s UUID -o value "$sis_dev" 2>/dev/null) || continue
		if [ -n "$sis_uuid" ] && [ ! -e "/dev/disk/by-uuid/$sis_uuid" ]; then
			ln -s "../../${sis_dev#/dev/}" "/dev/disk/by-uuid/$sis_uuid" || :
		fi
	done
}

sis_unmount() {
	sis_unbind
	[ -z "${SIS_TARGET_DIR:-}" ] || return 0
	sis_step unmount 101 "unmounting $TARGET"
	sync
	sis_run "unmounting the target" sh "$SIS_WORK/disks.sh" release
}

sis_post_action() {
	if [ -n "${SIS_TARGET_DIR:-}" ]; then
		sis_log "directory target: post action $SIS_POST_ACTION skipped"
		trap - EXIT
		sis_cleanup
		exit 0
	fi
	case $SIS_POST_ACTION in
	shutdown)
		sis_step shutdown 105 "powering off"
		trap - EXIT
		sis_cleanup
		poweroff -f
		;;
	beep)
		sis_step beep 103 "done; beeping until someone comes"
		trap - EXIT
		sis_cleanup
		while :; do
			printf '\a'
			sleep 2
		done
		;;
	shell)
		sis_step shell 106 "done; starting a shell"
		trap - EXIT
		sis_cleanup
		exec /bin/sh -i
		;;
	*)
		sis_step reboot 104 "rebooting"
		trap - EXIT
		sis_cleanup
		reboot -f
		;;
	esac
}

sis_main() {
	sis_read_parameters
	SIS_WORK=$(mktemp -d "${TMPDIR:-/tmp}/sis-install.XXXXXX") || {
		sis_log "cannot create a work directory"
		exit 1
	}
	trap 'sis_report -1 "$SIS_STEP"; sis_cleanup' EXIT
	trap 'exit 130' INT TERM
	sis_monitor_start
	sis_step init 0 "installing image $SIS_IMAGE from ${SIS_SERVER:-?} on ${SIS_HOSTNAME:-an unknown host} (MAC ${SIS_MAC:-unknown})"
	[ -n "$SIS_SERVER" ] || sis_fail "no image server: set SIS_SERVER, or sis.server= on the kernel command line"
	sis_need rsync awk tr tee mktemp
	sis_fetch
	sis_step pre-install 2 "pre-install scripts"
	sis_run_scripts pre-install
	if [ -n "${SIS_TARGET_DIR:-}" ]; then
		TARGET=$(cd "$SIS_TARGET_DIR" 2>/dev/null && pwd) || sis_fail "no target directory $SIS_TARGET_DIR"
		[ "$TARGET" != / ] || sis_fail "the target directory must not be /"
		sis_log "directory target $TARGET: no disk is partitioned"
	else
		TARGET=$SIS_DISK_TARGET
		sis_partition
	fi
	sis_pull_image
	sis_apply_overrides
	sis_write_files
	sis_fstab
	sis_bind
	sis_step post-install 101 "post-install scripts"
	sis_run_scripts post-install
	sis_unbind
	sis_boot_loader
	sis_unmount
	sis_step imaged 100 "image $SIS_IMAGE installed"
	sis_post_action
}

sis_main "$@"
