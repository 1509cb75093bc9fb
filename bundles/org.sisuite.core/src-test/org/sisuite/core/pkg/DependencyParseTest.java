package org.sisuite.core.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.RpmDependencies.Parsed;

/** Debian and rpm dependency fields: dpkg's own parse cases (../shared/reference), errors, rich dependencies. */
class DependencyParseTest {

	static Stream<Arguments> dpkgCases() throws Exception {
		return ReferenceCases.rows("dpkg-deps", "deps-parse-cases.tsv")
				.map(row -> Arguments.of(row[0], row[1].replace("\\n", "\n"), row[2], row[3]));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dpkgCases")
	void parsesAndWritesAsDpkgDoes(String name, String input, String options, String expected) throws CoreException {
		List<DependencyClause> clauses = DebianDependencies.parse("Depends", input);
		if (options.equals("sort")) {
			clauses = DebianDependencies.sort(clauses);
		} else if (options.startsWith("host_arch=")) {
			clauses = DebianDependencies.reduceArchitecture(clauses, options.substring("host_arch=".length()));
		}
		assertEquals(expected, DebianDependencies.format(clauses));
	}

	@Test
	void readsQualifiersRestrictionsAndAlternatives() throws CoreException {
		List<DependencyClause> clauses = DebianDependencies.parse("Depends",
				"libc6:any (>= 2.36), default-mta | mail-transport-agent, foo [amd64 i386] <!nocheck>, bar (< 1.0)");
		assertEquals(4, clauses.size());
		Dependency libc = clauses.get(0).first();
		assertEquals("libc6", libc.name());
		assertEquals("any", libc.archQualifier());
		assertEquals(Relation.GE, libc.relation());
		assertEquals("2.36", libc.version());
		assertEquals(List.of("default-mta", "mail-transport-agent"),
				clauses.get(1).alternatives().stream().map(Dependency::name).toList());
		assertEquals(List.of("amd64", "i386"), clauses.get(2).first().architectures());
		assertEquals(List.of("!nocheck"), clauses.get(2).first().profiles());
		// dpkg's obsolete '<' means '<='
		assertEquals(Relation.LE, clauses.get(3).first().relation());
		assertEquals("libc6:any (>= 2.36), default-mta | mail-transport-agent, foo [amd64 i386] <!nocheck>, bar (<= 1.0)",
				DebianDependencies.format(clauses));
	}

	@Test
	void architectureWildcardsMatchAsDpkgDoes() {
		assertTrue(DebianArchitectures.matches("amd64", "linux-any"));
		assertTrue(DebianArchitectures.matches("amd64", "any-amd64"));
		assertTrue(DebianArchitectures.matches("hurd-i386", "hurd-any"));
		assertTrue(DebianArchitectures.matches("armhf", "any-arm"));
		assertFalse(DebianArchitectures.matches("hurd-i386", "linux-any"));
		assertFalse(DebianArchitectures.matches("arm64", "amd64"));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"Depends|\"foo (>= )\"|has a relation but no version",
			"Depends|\"foo (>= 1.0\"|does not end with ')'",
			"Depends|\"foo (= 1.0 2.0)\"|does not end with ')'",
			"Depends|\"foo (<> 1.0)\"|bad version relationship '<>'",
			"Depends|\"foo (1.0)\"|must start a relation",
			"Depends|\"foo (>= 1:)\"|nothing after colon in version number",
			"Depends|-foo|must start with an alphanumeric character",
			"Depends|\"fo%o\"|character '%' not allowed",
			"Depends|\"foo:\"|empty architecture qualifier",
			"Depends|\"foo [i386 !amd64]\"|mixes negated and plain",
			"Depends|\"foo [i386\"|does not end with ']'",
			"Depends|\"foo bar\"|garbage after 'foo'",
			"Depends|\"foo, | bar\"|missing package name",
			"Conflicts|\"foo | bar\"|alternatives ('|') are not allowed",
			"Provides|\"foo (>= 1.0)\"|only exact versions (=) may be provided",
			"Provides|\"foo:any\"|architecture qualifier is not allowed" })
	void rejectsWhatDpkgRejects(String field, String input, String expected) {
		CoreException e = assertThrows(CoreException.class, () -> DebianDependencies.parse(field, input));
		assertTrue(Statuses.isBadInput(e.getStatus()));
		String message = e.getStatus().getMessage();
		assertTrue(message.startsWith(field + ": ") && message.contains(expected) && message.contains("at column"), message);
	}

	@Test
	void conflictsAndProvidesParseTheirOwnForms() throws CoreException {
		assertEquals("mail-transport-agent, exim4 (<< 4.90)",
				DebianDependencies.format(DebianDependencies.parse("Conflicts", "mail-transport-agent, exim4 (<< 4.90)")));
		assertEquals("awk, libfoo-abi-2 (= 2.1)",
				DebianDependencies.format(DebianDependencies.parse("Provides", "awk, libfoo-abi-2 (= 2.1)")));
	}

	@Test
	void rpmSimpleAndBooleanDependencies() throws CoreException {
		Parsed simple = RpmDependencies.parse("glibc >= 2:2.34-1");
		assertFalse(simple.conditional());
		assertEquals("glibc >= 2:2.34-1", simple.clauses().get(0).format(VersionScheme.RPM));
		assertEquals("libc.so.6()(64bit)", RpmDependencies.parse("libc.so.6()(64bit)").clauses().get(0).first().name());
		Parsed or = RpmDependencies.parse("(sendmail or postfix >= 3 or exim)");
		assertEquals(1, or.clauses().size());
		assertEquals("(sendmail or postfix >= 3 or exim)", or.clauses().get(0).format(VersionScheme.RPM));
		Parsed and = RpmDependencies.parse("(perl(Foo::Bar) and (a or b))");
		assertEquals(2, and.clauses().size());
		assertEquals("perl(Foo::Bar)", and.clauses().get(0).first().name());
		assertEquals(2, and.clauses().get(1).alternatives().size());
		assertEquals(2, RpmDependencies.parse("(a with b)").clauses().size());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "(a if b)", "(a if b else c)", "(a unless b)", "(a without b)", "(a or (b and c))",
			"((a if b) and c)" })
	void rpmConditionalDependenciesAreRecognizedButNotEvaluated(String text) throws CoreException {
		Parsed parsed = RpmDependencies.parse(text);
		assertTrue(parsed.conditional());
		assertTrue(parsed.clauses().isEmpty());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "(a or b|does not end with ')'", "(a and b or c)|mixed operators",
			"foo >=|without a version", "(a nand b)|expected and, or", "(a else b)|'else' without 'if'", "foo >< 1|unknown relation" })
	void rpmRejectsMalformedDependencies(String text, String expected) {
		CoreException e = assertThrows(CoreException.class, () -> RpmDependencies.parse(text));
		assertTrue(e.getStatus().getMessage().contains(expected), e.getStatus().getMessage());
	}

	@Test
	void rpmRangesFollowRpmsSenseBits() {
		assertEquals(Relation.LE, Relation.ofSense(10));
		assertEquals(Relation.GE, Relation.ofSense(12));
		assertEquals(Relation.EQ, Relation.ofSense(520));
		assertEquals(Relation.LT, Relation.ofSense(2));
		assertEquals(null, Relation.ofSense(0));
	}
}
