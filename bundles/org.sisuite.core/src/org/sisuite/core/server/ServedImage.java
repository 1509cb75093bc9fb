package org.sisuite.core.server;

import java.nio.file.Path;

/**
 * An image as the server offers it: a read-only module named after the image whose path is the
 * image's current version.
 *
 * @param name    the image, and the module's name
 * @param version the current version
 * @param path    the version's tree, {@code IMAGE_PATH/vN}
 */
public record ServedImage(String name, int version, Path path) {
}
