#!/bin/sh
# /init of the SIS Workbench boot environment (runs as PID 1 under busybox ash).
#
# Mounts /proc, /sys and /dev, loads the kernel modules listed in /etc/sis/modules, brings the
# network up (DHCP, or static from ip=), fetches the client's install script from the image
# server's rsync module "scripts" and runs it with the SIS_* variables exported. When that fails
# it reports a negative status to the monitor and starts a shell on the console.
#
# Kernel parameters (sis.* wins over SystemImager's si.*):
#   sis.server=HOST | si.image-server=HOST        image server (default: the DHCP server)
#   sis.image=NAME | si.image-name=NAME           image
#   sis.script=NAME | si.script-name=NAME         script name in the scripts module
#   sis.monitor=HOST:PORT | si.monitor-server=HOST si.monitor-port=PORT (default port 8181)
#   sis.rsync-port=PORT (default 873)    sis.hostname=NAME    sis.done=reboot|poweroff|shell
#   ip=dhcp | ip=CLIENT:SERVER:GW:NETMASK:HOSTNAME:DEV:none    BOOTIF=01-aa-bb-cc-dd-ee-ff
#
# /init --parse-only FILE prints what a command line in FILE sets, one NAME=value a line, and exits.

PATH=/usr/sbin:/usr/bin:/sbin:/bin
export PATH

sis_log() {
	echo "sis-init: $*"
}

# Netmask (255.255.255.0) or prefix length (24) as a prefix length.
sis_prefix() {
	case "$1" in
	*.*) ;;
	*) echo "$1"; return ;;
	esac
	bits=0
	old_ifs=$IFS
	IFS=.
	# shellcheck disable=SC2086 # split on dots on purpose
	set -- $1
	IFS=$old_ifs
	for octet in "$@"; do
		case "$octet" in
		255) bits=$((bits + 8)) ;; 254) bits=$((bits + 7)) ;; 252) bits=$((bits + 6)) ;;
		248) bits=$((bits + 5)) ;; 240) bits=$((bits + 4)) ;; 224) bits=$((bits + 3)) ;;
		192) bits=$((bits + 2)) ;; 128) bits=$((bits + 1)) ;;
		esac
	done
	echo "$bits"
}

# Sets the SIS_* variables (and the SIS_BOOT_* ones of the network set-up) from a command line.
sis_parse_cmdline() {
	sis_server='' si_server='' sis_image='' si_image='' sis_script='' si_script='' sis_monitor='' si_monitor_host='' si_monitor_port=''
	SIS_RSYNC_PORT=873 SIS_HOSTNAME='' SIS_BOOT_IP='' SIS_BOOT_BOOTIF='' SIS_BOOT_DONE=reboot
	set -f
	# shellcheck disable=SC2086 # split the command line into words on purpose
	set -- $1
	set +f
	for word in "$@"; do
		value=${word#*=}
		case "$word" in
		sis.server=*) sis_server=$value ;;
		si.image-server=*) si_server=$value ;;
		sis.image=*) sis_image=$value ;;
		si.image-name=*) si_image=$value ;;
		sis.script=*) sis_script=$value ;;
		si.script-name=*) si_script=$value ;;
		sis.monitor=*) sis_monitor=$value ;;
		si.monitor-server=*) si_monitor_host=$value ;;
		si.monitor-port=*) si_monitor_port=$value ;;
		sis.rsync-port=*) SIS_RSYNC_PORT=$value ;;
		sis.hostname=*) SIS_HOSTNAME=$value ;;
		sis.done=*) SIS_BOOT_DONE=$value ;;
		ip=*) SIS_BOOT_IP=$value ;;
		BOOTIF=*) SIS_BOOT_BOOTIF=$value ;;
		esac
	done
	SIS_SERVER=${sis_server:-$si_server}
	SIS_IMAGE=${sis_image:-$si_image}
	SIS_SCRIPT=${sis_script:-$si_script}
	if [ -n "$sis_monitor" ]; then
		case "$sis_monitor" in
		*:*) SIS_MONITOR_HOST=${sis_monitor%:*} SIS_MONITOR_PORT=${sis_monitor##*:} ;;
		*) SIS_MONITOR_HOST=$sis_monitor SIS_MONITOR_PORT=${si_monitor_port:-8181} ;;
		esac
	else
		SIS_MONITOR_HOST=$si_monitor_host
		SIS_MONITOR_PORT=${si_monitor_port:-8181}
	fi

	# ip=CLIENT:SERVER:GW:NETMASK:HOSTNAME:DEV:AUTOCONF (kernel nfsroot.txt); dhcp when no client address
	SIS_BOOT_MODE=dhcp SIS_BOOT_ADDRESS='' SIS_BOOT_GATEWAY='' SIS_BOOT_PREFIX='' SIS_BOOT_DEVICE=''
	case "$SIS_BOOT_IP" in
	'' | dhcp | on | any | both | bootp) ;;
	*:*)
		old_ifs=$IFS
		IFS=:
		set -f
		# shellcheck disable=SC2086 # split on colons on purpose
		set -- $SIS_BOOT_IP
		set +f
		IFS=$old_ifs
		if [ -n "$1" ]; then
			SIS_BOOT_MODE=static SIS_BOOT_ADDRESS=$1 SIS_BOOT_GATEWAY=$3
			SIS_BOOT_PREFIX=$(sis_prefix "${4:-24}")
		fi
		[ -n "$SIS_SERVER" ] || SIS_SERVER=$2
		[ -n "$SIS_HOSTNAME" ] || SIS_HOSTNAME=$5
		SIS_BOOT_DEVICE=$6
		;;
	esac

	# BOOTIF=01-aa-bb-cc-dd-ee-ff (PXELINUX IPAPPEND 2): hardware type 01, then the MAC
	SIS_BOOT_MAC=''
	case "$SIS_BOOT_BOOTIF" in
	??-??-??-??-??-??-??) SIS_BOOT_MAC=$(echo "${SIS_BOOT_BOOTIF#??-}" | tr 'A-F-' 'a-f:') ;;
	esac
}

sis_print_settings() {
	for name in SIS_SERVER SIS_RSYNC_PORT SIS_IMAGE SIS_SCRIPT SIS_MONITOR_HOST SIS_MONITOR_PORT SIS_HOSTNAME \
		SIS_BOOT_MODE SIS_BOOT_ADDRESS SIS_BOOT_GATEWAY SIS_BOOT_PREFIX SIS_BOOT_DEVICE SIS_BOOT_MAC SIS_BOOT_DONE; do
		eval "echo \"$name=\${$name}\""
	done
}

# Sends one progress line to the monitor (SystemImager's format), if there is one.
sis_report() {
	[ -n "$SIS_MONITOR_HOST" ] || return 0
	line="mac=${SIS_MAC}:ip=${SIS_IP}:host=${SIS_HOSTNAME}:status=$1:speed=0:step=$2"
	echo "$line" | timeout 10 nc "$SIS_MONITOR_HOST" "$SIS_MONITOR_PORT" >/dev/null 2>&1 ||
		sis_log "could not report to the monitor $SIS_MONITOR_HOST:$SIS_MONITOR_PORT"
}

# Reports the failure of a step and keeps a shell on the console (PID 1 must not exit).
sis_fail() {
	sis_log "FAILED: $2"
	sis_report "${3:--1}" "$1"
	sis_log "starting a shell; the install environment is in /etc/sis/env"
	while :; do
		setsid cttyhack /bin/sh
	done
}

sis_mount_pseudo_filesystems() {
	mkdir -p /proc /sys /dev /run /tmp
	mount -t proc proc /proc
	mount -t sysfs sysfs /sys
	mount -t devtmpfs devtmpfs /dev 2>/dev/null || mdev -s
	mkdir -p /dev/pts /dev/shm
	mount -t devpts devpts /dev/pts
	mount -t tmpfs tmpfs /run
	[ -d /sys/firmware/efi/efivars ] && mount -t efivarfs efivarfs /sys/firmware/efi/efivars 2>/dev/null
	echo /sbin/mdev >/proc/sys/kernel/hotplug 2>/dev/null
	return 0
}

sis_load_modules() {
	loaded=0
	failed=0
	[ -f /etc/sis/modules ] || return 0
	while read -r module; do
		if insmod "$module" 2>/dev/null; then
			loaded=$((loaded + 1))
		else
			failed=$((failed + 1))
		fi
	done </etc/sis/modules
	sis_log "loaded $loaded modules ($failed not loaded: no such hardware, or loaded already)"
}

# The network interfaces to try, best first.
sis_interfaces() {
	if [ -n "$SIS_BOOT_DEVICE" ]; then
		echo "$SIS_BOOT_DEVICE"
		return
	fi
	for dir in /sys/class/net/*; do
		name=${dir##*/}
		[ "$name" = lo ] && continue
		if [ -n "$SIS_BOOT_MAC" ] && [ "$(cat "$dir/address" 2>/dev/null)" = "$SIS_BOOT_MAC" ]; then
			echo "$name"
			return
		fi
	done
	for dir in /sys/class/net/*; do
		name=${dir##*/}
		[ "$name" = lo ] || echo "$name"
	done
}

sis_network_up() {
	ip link set lo up
	tries=0
	while [ -z "$(sis_interfaces)" ] && [ $tries -lt 20 ]; do
		sleep 0.5
		tries=$((tries + 1))
	done
	for device in $(sis_interfaces); do
		ip link set "$device" up
		if [ "$SIS_BOOT_MODE" = static ]; then
			ip addr add "$SIS_BOOT_ADDRESS/$SIS_BOOT_PREFIX" dev "$device" || continue
			[ -z "$SIS_BOOT_GATEWAY" ] || ip route add default via "$SIS_BOOT_GATEWAY" dev "$device"
			SIS_IP=$SIS_BOOT_ADDRESS
		else
			rm -f /run/sis-dhcp
			udhcpc -i "$device" -s /usr/share/udhcpc/default.script -n -q -t 5 -T 2 -O hostname >/dev/null 2>&1 || continue
			dhcp_ip='' dhcp_siaddr='' dhcp_serverid='' dhcp_hostname=''
			# shellcheck disable=SC1091 # written by the udhcpc script
			. /run/sis-dhcp
			SIS_IP=$dhcp_ip
			[ -n "$SIS_SERVER" ] || SIS_SERVER=${dhcp_siaddr:-$dhcp_serverid}
			[ -n "$SIS_HOSTNAME" ] || SIS_HOSTNAME=$dhcp_hostname
		fi
		SIS_MAC=$(cat "/sys/class/net/$device/address")
		sis_log "network up on $device: $SIS_IP ($SIS_MAC)"
		return 0
	done
	return 1
}

# Fetches the first script that exists, in the contract's order, to /run/sis-script.
sis_fetch_script() {
	mac_name=$(echo "$SIS_MAC" | tr ':' '-')
	for round in 1 2 3; do
		for name in ${SIS_SCRIPT:+"$SIS_SCRIPT"} ${SIS_HOSTNAME:+"hosts/$SIS_HOSTNAME.sh"} \
			${SIS_MAC:+"hosts/$mac_name.sh"} ${SIS_IMAGE:+"images/$SIS_IMAGE.sh"}; do
			if rsync -q "rsync://$SIS_SERVER:$SIS_RSYNC_PORT/scripts/$name" /run/sis-script 2>/dev/null; then
				sis_log "fetched scripts/$name from $SIS_SERVER"
				return 0
			fi
		done
		sis_log "no script yet on rsync://$SIS_SERVER:$SIS_RSYNC_PORT/scripts (round $round)"
		sleep 3
	done
	return 1
}

sis_write_env() {
	mkdir -p /etc/sis
	{
		for name in SIS_SERVER SIS_RSYNC_PORT SIS_IMAGE SIS_SCRIPT SIS_MONITOR_HOST SIS_MONITOR_PORT SIS_HOSTNAME \
			SIS_MAC SIS_IP; do
			eval "printf '%s=%s\n' \"$name\" \"\${$name}\""
		done
	} >/etc/sis/env
}

sis_main() {
	sis_mount_pseudo_filesystems
	sis_parse_cmdline "$(cat /proc/cmdline)"
	SIS_MAC='' SIS_IP=''
	sis_log "SIS Workbench boot environment, kernel $(uname -r)"
	sis_load_modules
	sis_network_up || sis_fail network "no network interface came up (mode $SIS_BOOT_MODE)"
	[ -z "$SIS_HOSTNAME" ] || hostname "$SIS_HOSTNAME"
	[ -n "$SIS_SERVER" ] || sis_fail server "no image server: pass sis.server=HOST (or si.image-server=HOST)"
	export SIS_SERVER SIS_RSYNC_PORT SIS_IMAGE SIS_SCRIPT SIS_MONITOR_HOST SIS_MONITOR_PORT SIS_HOSTNAME SIS_MAC SIS_IP
	sis_write_env
	sis_fetch_script || sis_fail fetch-script "no script for this client in rsync://$SIS_SERVER:$SIS_RSYNC_PORT/scripts"
	sis_log "running the install script"
	/bin/sh /run/sis-script
	status=$?
	[ "$status" -eq 0 ] || sis_fail script "the install script exited with status $status"
	sis_log "the install script finished; $SIS_BOOT_DONE"
	sync
	case "$SIS_BOOT_DONE" in
	poweroff) poweroff -f ;;
	shell) sis_fail finished "sis.done=shell" 106 ;;
	*) reboot -f ;;
	esac
}

if [ "${1:-}" = --parse-only ]; then
	sis_parse_cmdline "$(cat "$2")"
	sis_print_settings
	exit 0
fi
sis_main
