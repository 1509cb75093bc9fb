package org.sisuite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SisHomeTest {

	@TempDir
	Path temp;

	@Test
	void defaultsToDotSisuiteUnderTheUsersHome() {
		SisHome home = SisHome.fromEnvironment(Map.of(), temp);
		assertEquals(temp.resolve(".sisuite"), home.root());
	}

	@Test
	void sisHomeVariableOverridesTheDefault() {
		Path configured = temp.resolve("site-a");
		SisHome home = SisHome.fromEnvironment(Map.of("SIS_HOME", configured.toString()), temp);
		assertEquals(configured, home.root());
	}

	@Test
	void blankSisHomeIsIgnored() {
		SisHome home = SisHome.fromEnvironment(Map.of("SIS_HOME", "  "), temp);
		assertEquals(temp.resolve(".sisuite"), home.root());
	}

	@Test
	void ensureDirectoriesCreatesDatabaseImagesAndLogs() throws CoreException {
		SisHome home = SisHome.at(temp.resolve("state")).ensureDirectories();
		assertTrue(Files.isDirectory(home.databaseDirectory()));
		assertTrue(Files.isDirectory(home.imagesDirectory()));
		assertTrue(Files.isDirectory(home.logsDirectory()));
	}

	@Test
	void ensureDirectoriesNamesTheDirectoryItCannotCreate() throws Exception {
		Path blocker = Files.writeString(temp.resolve("not-a-directory"), "x");
		CoreException e = assertThrows(CoreException.class, () -> SisHome.at(blocker).ensureDirectories());
		assertTrue(e.getMessage().contains(blocker.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("SIS_HOME"), e.getMessage());
	}
}
