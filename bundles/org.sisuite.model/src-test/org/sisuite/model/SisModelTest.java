package org.sisuite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * Plain unit tests of the generated SIS model: defaults, derived values, opposites, containment and
 * a save/load round trip. The model code is generated; these tests pin down what the .ecore says.
 */
class SisModelTest {

	private final SisFactory factory = SisFactory.eINSTANCE;

	@Test
	void imageServerDefaultsAreThoseOfSystemImager() {
		ImageServer server = factory.createImageServer();
		assertEquals(ConnectionKind.LOCAL, server.getConnection());
		assertEquals(873, server.getRsyncPort());
		assertEquals(8181, server.getMonitorPort());
		assertEquals("127.0.0.1", server.getBindAddress());
		assertEquals(22, server.getSshPort());
		assertEquals("root", server.getSshUser());
		assertEquals("/var/lib/systemimager/images", server.getImageRoot());
	}

	@Test
	void diskLayoutDefaults() {
		Filesystem filesystem = factory.createFilesystem();
		assertTrue(filesystem.isFormat(), "a new file system is created unless the user keeps it");
		assertEquals("defaults", filesystem.getMountOptions());
		assertEquals(FilesystemType.EXT4, filesystem.getFsType());
		assertEquals(SizeUnit.MB, factory.createPartition().getUnit());
		assertEquals(SizeUnit.MB, factory.createDisk().getUnits());
		assertEquals(RaidLevel.RAID1, factory.createRaidArray().getLevel());
		assertEquals("KiB", SizeUnit.KIB.getLiteral());
		assertEquals(SizeUnit.PERCENT, SizeUnit.get("%"));
	}

	@Test
	void theDiskTableFormatsVocabularyIsInTheModel() {
		assertEquals(SizeUnit.S, SizeUnit.get("s"));
		assertEquals(FilesystemType.REISERFS, FilesystemType.get("reiserfs"));
		assertEquals(FilesystemType.OTHER, FilesystemType.get("other"));
		assertEquals(PartitionFlag.LBA, PartitionFlag.get("lba"));
		assertEquals(BootLoaderFlavour.GRUB, BootLoaderFlavour.get("grub"));
		Filesystem subfs = factory.createFilesystem();
		subfs.setFsType(FilesystemType.OTHER);
		subfs.setTypeName("subfs");
		assertNull(subfs.getUuid());
		assertNull(factory.createVolumeGroup().getExtentSizeKiB());
		assertNull(factory.createBootLoader().getTimeout());
	}

	@Test
	void clientRangeDerivesHostnamesAndAddresses() {
		ClientRange range = factory.createClientRange();
		range.setBasename("node");
		range.setStart(1);
		range.setCount(3);
		range.setPadding(3);
		range.setIpStart("10.0.0.254");
		assertEquals(List.of("node001", "node002", "node003"), range.getHostnames());
		assertEquals("10.0.0.254", range.ipAddressAt(0));
		assertEquals("10.0.0.255", range.ipAddressAt(1));
		assertEquals("10.0.1.0", range.ipAddressAt(2));
		range.setPadding(0);
		range.setStart(9);
		assertEquals("node10", range.hostnameAt(1));
	}

	@Test
	void clientRangeRejectsBadAddresses() {
		ClientRange range = factory.createClientRange();
		assertNull(range.ipAddressAt(0));
		for (String bad : List.of("10.0.0", "10.0.0.256", "10.0.0.x", "10..0.1", "1.2.3.4.5")) {
			range.setIpStart(bad);
			assertNull(range.ipAddressAt(0), bad);
		}
		range.setIpStart("255.255.255.255");
		assertEquals("255.255.255.255", range.ipAddressAt(0));
		assertNull(range.ipAddressAt(1), "past the IPv4 address space");
		assertNull(range.ipAddressAt(-1));
	}

	@Test
	void groupMembersAreDerivedFromClients() {
		Site site = factory.createSite();
		ClientRange compute = factory.createClientRange();
		ClientRange gpu = factory.createClientRange();
		site.getClientRanges().add(compute);
		site.getClientRanges().add(gpu);
		Client a = client(site, "a", compute);
		Client b = client(site, "b", compute, gpu);
		client(site, "c");
		assertEquals(List.of(a, b), compute.getMembers());
		assertEquals(List.of(b), gpu.getMembers());
		assertThrows(UnsupportedOperationException.class, () -> gpu.getMembers().add(a));
		assertTrue(SisPackage.Literals.CLIENT_RANGE__MEMBERS.isDerived());
		assertTrue(SisPackage.Literals.CLIENT_RANGE__MEMBERS.isTransient());
		assertFalse(SisPackage.Literals.CLIENT_RANGE__MEMBERS.isChangeable());
	}

	@Test
	void containersAreOpposites() {
		ImageServer server = factory.createImageServer();
		Image image = factory.createImage();
		ImageVersion version = factory.createImageVersion();
		server.getImages().add(image);
		image.getVersions().add(version);
		assertSame(server, image.getServer());
		assertSame(image, version.getImage());

		Disk disk = factory.createDisk();
		Partition partition = factory.createPartition();
		disk.getPartitions().add(partition);
		assertSame(disk, partition.getDisk());

		VolumeGroup group = factory.createVolumeGroup();
		LogicalVolume volume = factory.createLogicalVolume();
		group.getLogicalVolumes().add(volume);
		assertSame(group, volume.getVolumeGroup());
		assertTrue(volume instanceof BlockDevice && volume instanceof NamedElement);
	}

	@Test
	void everyConcreteClassButSiteHasAContainer() {
		List<EReference> containments = new ArrayList<>();
		for (EClassifier classifier : SisPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				containments.addAll(eClass.getEAllContainments());
			}
		}
		for (EClassifier classifier : SisPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract() && eClass != SisPackage.Literals.SITE) {
				assertTrue(containments.stream().anyMatch(reference -> reference.getEReferenceType().isSuperTypeOf(eClass)),
						eClass.getName() + " cannot be contained anywhere");
			}
		}
	}

	@Test
	void aSiteSurvivesSaveAndLoadWithItsCrossReferences() throws IOException {
		Site site = sampleSite();
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(site).getSeverity(),
				() -> Diagnostician.INSTANCE.validate(site).toString());

		Resource saved = new BinaryResourceImpl(URI.createURI("memory:/site.sis"));
		saved.getContents().add(site);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		saved.save(bytes, null);

		Resource loaded = new BinaryResourceImpl(URI.createURI("memory:/site.sis"));
		loaded.load(new ByteArrayInputStream(bytes.toByteArray()), null);
		Site copy = (Site) loaded.getContents().get(0);
		assertTrue(EcoreUtil.equals(site, copy), "the loaded site differs from the saved one");
		Client client = copy.getClients().get(0);
		assertSame(copy.getImageServers().get(0).getImages().get(0), client.getImage());
		assertEquals(List.of(client), copy.getClientRanges().get(0).getMembers());
		Filesystem root = copy.getDiskTables().get(0).getFilesystems().get(0);
		assertSame(copy.getDiskTables().get(0).getDisks().get(0).getPartitions().get(1), root.getDevice());
	}

	@Test
	void aNamedElementNeedsAName() {
		PackagePool pool = factory.createPackagePool();
		assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(pool).getSeverity());
		pool.setName("debian");
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(pool).getSeverity());
	}

	private Client client(Site site, String hostname, ClientRange... groups) {
		Client client = factory.createClient();
		client.setHostname(hostname);
		client.getGroups().addAll(List.of(groups));
		site.getClients().add(client);
		return client;
	}

	private Site sampleSite() {
		Site site = factory.createSite();
		site.setName("lab");

		ImageServer server = factory.createImageServer();
		server.setName("local");
		site.getImageServers().add(server);
		Image image = factory.createImage();
		image.setName("rocky9");
		server.getImages().add(image);
		ImageVersion version = factory.createImageVersion();
		version.setNumber(1);
		version.setCreated(new Date(0));
		image.getVersions().add(version);
		image.setCurrentVersion(version);

		DiskTable table = factory.createDiskTable();
		table.setName("two-partitions");
		site.getDiskTables().add(table);
		Disk disk = factory.createDisk();
		disk.setDiskIndex(0);
		disk.setLabel(PartitionTableType.GPT);
		table.getDisks().add(disk);
		Partition esp = factory.createPartition();
		esp.setNumber(1);
		esp.setSize(new BigDecimal("512"));
		esp.getFlags().add(PartitionFlag.ESP);
		Partition rootPartition = factory.createPartition();
		rootPartition.setNumber(2);
		rootPartition.setGrow(true);
		disk.getPartitions().add(esp);
		disk.getPartitions().add(rootPartition);
		Filesystem root = factory.createFilesystem();
		root.setDevice(rootPartition);
		root.setMountPoint("/");
		table.getFilesystems().add(root);
		image.getDiskTables().add(table);

		ClientRange range = factory.createClientRange();
		range.setName("compute");
		site.getClientRanges().add(range);
		Client client = client(site, "node001", range);
		client.setImage(image);
		client.getMacs().add("52:54:00:12:34:56");
		return site;
	}
}
