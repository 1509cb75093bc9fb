package org.sisuite.core.image.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging tree's size and removal, without any package tool. */
class StagingTreeTest {

	@TempDir
	Path temp;

	@Test
	void sizeCountsRegularFilesAndRemovalDoesNotFollowLinks() throws Exception {
		Path outside = Files.writeString(temp.resolve("outside.txt"), "keep me");
		Path tree = Files.createDirectories(temp.resolve("staging/etc"));
		Files.writeString(tree.resolve("a"), "12345");
		Files.createSymbolicLink(tree.resolve("link"), outside);
		Files.createSymbolicLink(tree.resolve("dir-link"), temp);
		assertEquals(5, ImageBuildOperation.size(temp.resolve("staging")));

		StringWriter log = new StringWriter();
		ImageBuildOperation.deleteTree(temp.resolve("staging"), new BuildProcesses(new PrintWriter(log)));
		assertFalse(Files.exists(temp.resolve("staging")), log.toString());
		assertEquals("keep me", Files.readString(outside));
		assertTrue(Files.isDirectory(temp));
	}

	@Test
	void mountPointsAreDecodedAndNoneIsBelowAFreshDirectory() {
		assertEquals("/srv/my image/proc", ImageBuildOperation.unescape("/srv/my\\040image/proc"));
		assertEquals(List.of(), ImageBuildOperation.mountsBelow(temp));
	}
}
