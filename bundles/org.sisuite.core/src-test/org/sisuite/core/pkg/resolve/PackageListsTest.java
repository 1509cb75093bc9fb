package org.sisuite.core.pkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.ReferenceCases;
import org.sisuite.core.pkg.Relation;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackageRequest;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Stage;

/** List files, OSCAR's .pkglist files and stored package lists as requests. */
class PackageListsTest {

	static Stream<Path> oscarLists() throws IOException {
		try (Stream<Path> files = Files.list(ReferenceCases.folder("oscar-pkglists"))) {
			return files.filter(p -> p.toString().endsWith(".pkglist")).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("oscarLists")
	void readsEveryOscarPkglist(Path file) throws Exception {
		String text = Files.readString(file);
		VersionScheme scheme = file.getFileName().toString().startsWith("debian") ? VersionScheme.DEB : VersionScheme.RPM;
		List<Request> requests = PackageLists.parse(file.getFileName().toString(), text, scheme);
		long expected = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
		assertEquals(expected, requests.size());
		assertTrue(requests.stream().allMatch(r -> r.relation() == null && r.arch() == null && !r.name().isBlank()));
		assertTrue(requests.stream().noneMatch(r -> r.name().startsWith("#") || r.name().contains(" ")));
	}

	@Test
	void readsVersionsArchitecturesAndComments() throws CoreException {
		List<Request> requests = PackageLists.parse("list.txt", """
				# base system
				bash >= 5.0
				libc6:i386 (<< 2.37)   # multiarch
				perl(Foo::Bar)
				kernel 6.1
				zsh>5

				""", VersionScheme.DEB);
		assertEquals(5, requests.size());
		assertEquals(new Request("bash", null, Relation.GE, "5.0", "list.txt:2"), requests.get(0));
		assertEquals(new Request("libc6", "i386", Relation.LT, "2.37", "list.txt:3"), requests.get(1));
		assertEquals(new Request("perl(Foo::Bar)", null, null, null, "list.txt:4"), requests.get(2));
		assertEquals(new Request("kernel", null, Relation.EQ, "6.1", "list.txt:5"), requests.get(3));
		assertEquals(new Request("zsh", null, Relation.GT, "5", "list.txt:6"), requests.get(4));
		assertEquals("libc6:i386 (<< 2.37)", requests.get(1).format(VersionScheme.DEB));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "bash >=|expected one version after 'bash >='", "bash >= 1 2|expected one version",
			"bash ~ 1|unknown relation", "bash =! 1|unknown relation", "bash (>= 1|does not end with ')'", "bash:|empty architecture",
			"ba$h|invalid package name", "bash >= 1:|nothing after colon" })
	void badLinesNameTheirLine(String line, String expected) {
		CoreException e = assertThrows(CoreException.class, () -> PackageLists.parse("list.txt", "ok\n" + line + "\n", VersionScheme.DEB));
		assertTrue(Statuses.isBadInput(e.getStatus()));
		assertTrue(e.getStatus().getMessage().startsWith("list.txt:2: ") && e.getStatus().getMessage().contains(expected),
				e.getStatus().getMessage());
	}

	@Test
	void aStoredListGivesItsStagesInOrder() throws CoreException {
		SisFactory factory = SisFactory.eINSTANCE;
		PackageList list = factory.createPackageList();
		list.setName("compute");
		Stage late = factory.createStage();
		late.setName("tools");
		late.setOrder(2);
		late.getRequests().add(request(factory, "vim", null, null));
		Stage early = factory.createStage();
		early.setName("base");
		early.setOrder(1);
		early.getRequests().add(request(factory, "glibc", ">= 2.34", "i686"));
		list.getStages().add(late);
		list.getStages().add(early);
		List<Request> requests = PackageLists.of(list, VersionScheme.RPM);
		assertEquals(List.of(new Request("glibc", "i686", Relation.GE, "2.34", "package list compute, stage base"),
				new Request("vim", null, null, null, "package list compute, stage tools")), requests);
		early.getRequests().add(request(factory, "bad", ">=", null));
		CoreException e = assertThrows(CoreException.class, () -> PackageLists.of(list, VersionScheme.RPM));
		assertTrue(e.getStatus().getMessage().startsWith("package list compute, stage base: "), e.getStatus().getMessage());
	}

	private static PackageRequest request(SisFactory factory, String name, String constraint, String arch) {
		PackageRequest request = factory.createPackageRequest();
		request.setName(name);
		request.setVersionConstraint(constraint);
		request.setArch(arch);
		return request;
	}
}
