package org.sisuite.core.store;

import java.math.BigDecimal;
import java.util.Date;

import org.sisuite.model.Client;
import org.sisuite.model.ClientRange;
import org.sisuite.model.ConnectionKind;
import org.sisuite.model.Disk;
import org.sisuite.model.DiskTable;
import org.sisuite.model.DistributionFamily;
import org.sisuite.model.Filesystem;
import org.sisuite.model.FilesystemType;
import org.sisuite.model.FinishAction;
import org.sisuite.model.FootprintRule;
import org.sisuite.model.FootprintSet;
import org.sisuite.model.Image;
import org.sisuite.model.ImageServer;
import org.sisuite.model.ImageVersion;
import org.sisuite.model.InstallScript;
import org.sisuite.model.IpAssignment;
import org.sisuite.model.NetworkInterface;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackagePool;
import org.sisuite.model.PackagePoolKind;
import org.sisuite.model.PackageRequest;
import org.sisuite.model.Partition;
import org.sisuite.model.PartitionFlag;
import org.sisuite.model.PartitionTableType;
import org.sisuite.model.PostInstallAction;
import org.sisuite.model.RaidArray;
import org.sisuite.model.RaidLevel;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Site;
import org.sisuite.model.SizeUnit;
import org.sisuite.model.Stage;

/** Sites for store tests: one that uses every stored feature, and big ones. */
final class SampleSites {

	private static final SisFactory F = SisFactory.eINSTANCE;

	private SampleSites() {
	}

	/** A site that exercises every table and every kind of document. */
	static Site rich() {
		Site site = F.createSite();
		site.setName("site");

		PackagePool pool = F.createPackagePool();
		pool.setName("bookworm-main");
		pool.setKind(PackagePoolKind.DEB_REPOSITORY);
		pool.setUrl("http://deb.debian.org/debian");
		pool.setSuite("bookworm");
		pool.getComponents().add("main");
		pool.getArchitectures().add("amd64");
		site.getPackagePools().add(pool);

		PackageList packages = F.createPackageList();
		packages.setName("compute");
		packages.setDistributionFamily(DistributionFamily.DEB);
		packages.getPools().add(pool);
		Stage stage = F.createStage();
		stage.setName("base");
		stage.setInstallFlags("--nodeps");
		PackageRequest request = F.createPackageRequest();
		request.setName("openssh-server");
		request.setVersionConstraint(">= 1:9.2");
		stage.getRequests().add(request);
		packages.getStages().add(stage);
		site.getPackageLists().add(packages);

		DiskTable table = F.createDiskTable();
		table.setName("raid1-efi");
		Disk disk = F.createDisk();
		disk.setDevice("/dev/sda");
		disk.setLabel(PartitionTableType.GPT);
		Partition esp = F.createPartition();
		esp.setNumber(1);
		esp.setSize(new BigDecimal("512"));
		esp.setUnit(SizeUnit.MIB);
		esp.getFlags().add(PartitionFlag.ESP);
		Partition member = F.createPartition();
		member.setNumber(2);
		member.setGrow(true);
		member.getFlags().add(PartitionFlag.RAID);
		disk.getPartitions().add(esp);
		disk.getPartitions().add(member);
		table.getDisks().add(disk);
		RaidArray md0 = F.createRaidArray();
		md0.setDevice("/dev/md0");
		md0.setLevel(RaidLevel.RAID1);
		md0.getMembers().add(member);
		table.getRaidArrays().add(md0);
		Filesystem root = F.createFilesystem();
		root.setDevice(md0);
		root.setMountPoint("/");
		root.setFsType(FilesystemType.EXT4);
		Filesystem efi = F.createFilesystem();
		efi.setDevice(esp);
		efi.setMountPoint("/boot/efi");
		efi.setFsType(FilesystemType.VFAT);
		table.getFilesystems().add(root);
		table.getFilesystems().add(efi);
		site.getDiskTables().add(table);

		FootprintSet footprints = F.createFootprintSet();
		footprints.setName("default");
		FootprintRule rule = F.createFootprintRule();
		rule.setName("netplan");
		rule.setCondition("exists /etc/netplan");
		rule.setAction("write-netplan");
		footprints.getRules().add(rule);
		site.getFootprintSets().add(footprints);

		ImageServer server = F.createImageServer();
		server.setName("local");
		server.setHost("localhost");
		server.setConnection(ConnectionKind.LOCAL);
		server.setImageRoot("/srv/sis/images");
		site.getImageServers().add(server);
		ImageServer remote = F.createImageServer();
		remote.setName("rack-b");
		remote.setHost("10.1.0.2");
		remote.setConnection(ConnectionKind.SSH);
		remote.setSshUser("sis");
		remote.setSshPort(2222);
		site.getImageServers().add(remote);

		Image compute = F.createImage();
		compute.setName("compute");
		compute.setArchitecture("x86_64");
		compute.setDistribution("debian-12");
		compute.setDistributionDetected(true);
		compute.setPath("/srv/sis/images/compute");
		compute.setDescription("compute nodes, \"quoted\" & <escaped>");
		compute.setPackageList(packages);
		compute.getDiskTables().add(table);
		compute.setFootprintSet(footprints);
		ImageVersion v1 = F.createImageVersion();
		v1.setNumber(1);
		v1.setCreated(new Date(1_700_000_000_000L));
		v1.setSizeBytes(1_234_567_890L);
		v1.setNote("first build");
		ImageVersion v2 = F.createImageVersion();
		v2.setNumber(2);
		v2.setCreated(new Date(1_700_086_400_000L));
		v2.setParentVersion(v1);
		v2.setSizeBytes(1_300_000_000L);
		compute.getVersions().add(v1);
		compute.getVersions().add(v2);
		compute.setCurrentVersion(v2);
		InstallScript script = F.createInstallScript();
		script.setName("compute-raid1");
		script.setDiskTable(table);
		script.setPostAction(FinishAction.REBOOT);
		compute.getInstallScripts().add(script);
		PostInstallAction action = F.createPostInstallAction();
		action.setName("motd");
		action.setOrder(10);
		action.setScript("#!/bin/sh\necho hello > /etc/motd\n");
		compute.getPostInstallActions().add(action);
		server.getImages().add(compute);
		Image login = F.createImage();
		login.setName("login");
		remote.getImages().add(login);

		ClientRange rack = F.createClientRange();
		rack.setName("rack1");
		rack.setBasename("node");
		rack.setStart(1);
		rack.setCount(3);
		rack.setPadding(3);
		rack.setIpStart("10.0.0.10");
		rack.setImage(compute);
		rack.setInstallScript(script);
		site.getClientRanges().add(rack);
		ClientRange gpu = F.createClientRange();
		gpu.setName("gpu");
		site.getClientRanges().add(gpu);
		for (int i = 0; i < 3; i++) {
			Client client = F.createClient();
			client.setHostname(rack.hostnameAt(i));
			client.setDomain("cluster.example");
			client.setImage(compute);
			client.setInstallScript(script);
			client.setIpAssignment(IpAssignment.STATIC);
			client.getMacs().add("52:54:00:00:00:0" + i);
			NetworkInterface nic = F.createNetworkInterface();
			nic.setName("eth0");
			nic.setIp(rack.ipAddressAt(i));
			nic.setNetmask("255.255.255.0");
			nic.setGateway("10.0.0.1");
			nic.setMac("52:54:00:00:00:0" + i);
			client.getInterfaces().add(nic);
			client.getGroups().add(i == 2 ? gpu : rack);
			if (i == 2) {
				client.getGroups().add(rack);
			}
			site.getClients().add(client);
		}
		Client spare = F.createClient();
		spare.setHostname("spare");
		site.getClients().add(spare);
		return site;
	}

	/** A site with {@code count} DHCP clients named big000001... and nothing else. */
	static Site withClients(int count) {
		Site site = F.createSite();
		site.setName("site");
		for (int i = 1; i <= count; i++) {
			Client client = F.createClient();
			client.setHostname(String.format("big%06d", i));
			site.getClients().add(client);
		}
		return site;
	}
}
