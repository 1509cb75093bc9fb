package org.sisuite.core.image.build;

import org.sisuite.core.store.StoreRecords.VersionSummary;

/**
 * A command that succeeded inside an image.
 *
 * @param image   the image
 * @param from    the version the command ran in a copy of (unchanged)
 * @param version the version it made (now current)
 * @param path    the new version's tree
 * @param log     the log of the run
 */
public record ImageExecResult(String image, int from, VersionSummary version, String path, String log) {
}
