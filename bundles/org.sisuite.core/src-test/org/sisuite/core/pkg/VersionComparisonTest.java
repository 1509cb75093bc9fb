package org.sisuite.core.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sisuite.core.Statuses;

/** rpm's and dpkg's own test cases (../shared/reference), each in both directions. */
class VersionComparisonTest {

	static Stream<Arguments> rpmCases() throws Exception {
		return ReferenceCases.rows("rpmvercmp", "rpmvercmp.tsv").map(row -> Arguments.of(row[0], row[1], Integer.parseInt(row[2])));
	}

	static Stream<Arguments> rpmOddities() throws Exception {
		return ReferenceCases.rows("rpmvercmp", "rpmvercmp-oddities.tsv")
				.map(row -> Arguments.of(row[0], row[1], Integer.parseInt(row[2])));
	}

	static Stream<Arguments> dpkgCases() throws Exception {
		return Stream.concat(ReferenceCases.rows("dpkg-version", "dpkg-version.tsv"),
				ReferenceCases.rows("dpkg-version", "dpkg-version-c-cases.tsv"))
				.filter(row -> !isLenientOnly(row[0]) && !isLenientOnly(row[1]))
				.map(row -> Arguments.of(row[0], row[1], Integer.parseInt(row[2])));
	}

	/** Versions the lenient Perl module compares but dpkg's command line rejects. */
	private static boolean isLenientOnly(String version) {
		return version.endsWith("-") || version.startsWith("-");
	}

	@ParameterizedTest(name = "rpmvercmp {0} {1} = {2}")
	@MethodSource("rpmCases")
	void rpmOrdersAsRpmDoes(String left, String right, int expected) {
		assertEquals(expected, RpmVersion.rpmvercmp(left, right));
		assertEquals(-expected, RpmVersion.rpmvercmp(right, left));
	}

	@ParameterizedTest(name = "rpm oddity {0} {1} = {2}")
	@MethodSource("rpmOddities")
	void rpmKeepsItsDocumentedOddities(String left, String right, int expected) {
		assertEquals(expected, RpmVersion.rpmvercmp(left, right));
	}

	@ParameterizedTest(name = "dpkg {0} {1} = {2}")
	@MethodSource("dpkgCases")
	void debianOrdersAsDpkgDoes(String left, String right, int expected) throws CoreException {
		assertEquals(expected, DebianVersion.compare(left, right));
		assertEquals(-expected, DebianVersion.compare(right, left));
	}

	@Test
	void versionsDpkgRejectsAreBadInputNamingTheReason() {
		for (String[] bad : List.of(new String[] { "0foo-", "revision number is empty" },
				new String[] { "-0.6.5", "version number is empty" }, new String[] { "0:", "nothing after colon" },
				new String[] { "a:0-0", "epoch in version is empty" }, new String[] { "1a:0-0", "epoch in version is not number" },
				new String[] { "-1:0-1", "epoch in version is negative" },
				new String[] { "999999999999999999999999:0-1", "epoch in version is too big" },
				new String[] { "0:0 0-1", "embedded spaces" })) {
			CoreException e = assertThrows(CoreException.class, () -> DebianVersion.parse(bad[0]), bad[0]);
			assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
			assertTrue(Statuses.isBadInput(e.getStatus()));
		}
	}

	static Stream<Arguments> dpkgParseCases() throws Exception {
		return ReferenceCases.rows("dpkg-version", "dpkg-version-parse.tsv").filter(row -> row.length == 4)
				.filter(row -> !row[0].endsWith("-")).map(row -> Arguments.of(row[0], row[1], row[2], row[3]));
	}

	@ParameterizedTest(name = "dpkg parses {0}")
	@MethodSource("dpkgParseCases")
	void debianVersionsSplitAsDpkgSplitsThem(String text, String epoch, String upstream, String revision)
			throws CoreException {
		DebianVersion version = DebianVersion.parse(text);
		assertEquals(Integer.parseInt(epoch), version.epoch());
		assertEquals(upstream, version.upstream());
		assertEquals(revision, version.revision());
	}

	@Test
	void warningsDoNotStopAComparison() throws CoreException {
		assertEquals(List.of("version number does not start with digit"), DebianVersion.parse("0:abc3-0").warnings());
		assertEquals(-1, DebianVersion.compare("a1", "b1"));
	}

	@Test
	void rpmEpochsAndReleases() throws CoreException {
		assertEquals(1, RpmVersion.compare("1:1.0-1", "2.0-1"));
		assertEquals(0, RpmVersion.compare("0:1.0-1", "1.0-1"));
		assertEquals(0, RpmVersion.compare("1.0", "1.0-5"), "a missing release is not compared");
		assertEquals(-1, RpmVersion.compare("1.0-1.el9", "1.0-1.el9_1"));
		assertEquals(new RpmVersion("2", "1.0", "3.fc40"), RpmVersion.parse("2:1.0-3.fc40"));
		assertThrows(CoreException.class, () -> RpmVersion.parse(""));
	}
}
