package org.sisuite.core.image.build;

import org.sisuite.core.store.StoreRecords.VersionSummary;

/**
 * A finished build.
 *
 * @param image    the image
 * @param version  the version it made (now current)
 * @param path     the version's tree
 * @param packages how many packages it installed
 * @param log      the build log
 */
public record ImageBuildResult(String image, VersionSummary version, String path, int packages, String log) {
}
