package org.sisuite.core.store;

import java.util.Date;
import java.util.List;

/**
 * The read views the store returns to commands: plain records with stable component names, which
 * are also the field names of {@code --json} output.
 */
public final class StoreRecords {

	private StoreRecords() {
	}

	/** One image as {@code sis image list} shows it. */
	public record ImageSummary(String name, String server, String architecture, String distribution,
			Integer currentVersion, int versions, int clients, String path) {
	}

	/** One version of an image. */
	public record VersionSummary(int number, Date created, Integer parent, String note, long sizeBytes) {
	}

	/** One image with everything {@code sis image show} prints. */
	public record ImageDetails(ImageSummary summary, String description, boolean distributionDetected,
			String packageList, String footprintSet, List<String> diskTables, List<String> installScripts,
			List<VersionSummary> versionHistory, List<String> ranges) {
	}

	/** One client. */
	public record ClientSummary(String hostname, String domain, String image, String installScript, String ipAssignment,
			String bootMode, List<String> macs, List<InterfaceSummary> interfaces, List<String> groups) {
	}

	/** One network interface of a client. */
	public record InterfaceSummary(String name, String mac, String ip, String netmask, String gateway) {
	}

	/** One client range. */
	public record RangeSummary(String name, String basename, int start, int count, int padding, String ipStart,
			String domain, String image, String first, String last, int members) {
	}
}
