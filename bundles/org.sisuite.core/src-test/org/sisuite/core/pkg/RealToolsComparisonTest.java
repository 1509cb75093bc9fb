package org.sisuite.core.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares our orderings with the real dpkg and rpm on generated versions built from the parts
 * real versions have (epochs, dotted numbers with leading zeros, letters, ~, ^, +, revisions).
 * Skipped, saying why, where dpkg or rpm is not installed (.ci/run installs both).
 */
class RealToolsComparisonTest {

	private static final int PAIRS = 400;

	@TempDir
	Path temp;

	@Test
	void dpkgAgreesOnGeneratedVersions() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/dpkg")), "dpkg is not installed");
		List<String[]> pairs = pairs(new Random(20261126), false);
		// one shell process runs every comparison: dpkg's exit status says lt (0) or not
		StringBuilder script = new StringBuilder();
		for (String[] pair : pairs) {
			script.append("if dpkg --compare-versions '").append(pair[0]).append("' lt '").append(pair[1])
					.append("' 2>/dev/null; then echo -1; elif dpkg --compare-versions '").append(pair[0]).append("' eq '")
					.append(pair[1]).append("' 2>/dev/null; then echo 0; else echo 1; fi\n");
		}
		List<String> real = run(script.toString());
		for (int i = 0; i < pairs.size(); i++) {
			assertEquals(Integer.parseInt(real.get(i)), DebianVersion.compare(pairs.get(i)[0], pairs.get(i)[1]),
					"dpkg and we disagree on " + pairs.get(i)[0] + " vs " + pairs.get(i)[1]);
		}
	}

	@Test
	void rpmAgreesOnGeneratedVersions() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/rpm")), "rpm is not installed");
		List<String[]> pairs = pairs(new Random(4181), true);
		StringBuilder lua = new StringBuilder("%{lua:\n");
		for (String[] pair : pairs) {
			lua.append("print(rpm.vercmp('").append(pair[0]).append("', '").append(pair[1]).append("') .. '\\n')\n");
		}
		lua.append("}");
		Path macro = temp.resolve("cases.lua");
		Files.writeString(macro, lua);
		List<String> real = run("rpm --eval \"$(cat '" + macro + "')\"");
		real.removeIf(String::isBlank);
		for (int i = 0; i < pairs.size(); i++) {
			assertEquals(Integer.parseInt(real.get(i).strip()), RpmVersion.compare(pairs.get(i)[0], pairs.get(i)[1]),
					"rpm and we disagree on " + pairs.get(i)[0] + " vs " + pairs.get(i)[1]);
		}
	}

	private static List<String[]> pairs(Random random, boolean rpm) throws CoreException {
		List<String[]> pairs = new ArrayList<>();
		while (pairs.size() < PAIRS) {
			String left = version(random, rpm);
			// half the pairs are near each other, where ordering bugs hide
			String right = random.nextBoolean() ? version(random, rpm) : mutate(left, random, rpm);
			pairs.add(new String[] { left, right });
		}
		return pairs;
	}

	private static String version(Random random, boolean rpm) {
		StringBuilder v = new StringBuilder();
		if (random.nextInt(5) == 0) {
			v.append(random.nextInt(3)).append(':');
		}
		int parts = 1 + random.nextInt(4);
		for (int i = 0; i < parts; i++) {
			if (i > 0) {
				v.append(pick(random, rpm ? ".._+" : "..+~"));
			}
			v.append(segment(random, rpm));
		}
		if (random.nextInt(3) > 0) {
			v.append('-').append(segment(random, rpm));
			if (random.nextBoolean()) {
				v.append(pick(random, rpm ? ".._" : ".+~")).append(segment(random, rpm));
			}
		}
		return v.toString();
	}

	private static String segment(Random random, boolean rpm) {
		return switch (random.nextInt(7)) {
		case 0 -> "0" + random.nextInt(20);
		case 1 -> Integer.toString(random.nextInt(1000));
		case 2 -> "rc" + random.nextInt(4);
		case 3 -> rpm ? "~beta" + random.nextInt(3) : "~rc" + random.nextInt(3);
		case 4 -> rpm ? "^git" + random.nextInt(9) : "+dfsg" + random.nextInt(2);
		case 5 -> Integer.toString(random.nextInt(10)) + (char) ('a' + random.nextInt(3));
		default -> Integer.toString(random.nextInt(10));
		};
	}

	private static String mutate(String version, Random random, boolean rpm) {
		int at = random.nextInt(version.length());
		String insert = switch (random.nextInt(4)) {
		case 0 -> "0";
		case 1 -> rpm ? "^" : "~";
		case 2 -> "a";
		default -> ".1";
		};
		String mutated = version.substring(0, at) + insert + version.substring(at);
		// keep it a version both tools accept: no hyphen or colon moves
		return mutated.startsWith(":") || mutated.contains("-:") || mutated.endsWith("-") || mutated.contains(":-")
				|| mutated.matches("^[^:]*[^0-9:][^:]*:.*") ? version + ".1" : mutated;
	}

	private static char pick(Random random, String choices) {
		return choices.charAt(random.nextInt(choices.length()));
	}

	private List<String> run(String script) throws IOException, InterruptedException {
		Path file = temp.resolve("run.sh");
		Files.writeString(file, script);
		Process process = new ProcessBuilder("sh", file.toString()).redirectErrorStream(false).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return new ArrayList<>(out.lines().toList());
	}
}
