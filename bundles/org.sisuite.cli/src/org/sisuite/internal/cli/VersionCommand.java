package org.sisuite.internal.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sis version}: the product version, the Java runtime and the state location. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the SIS Workbench version, the Java runtime and the state directory.")
final class VersionCommand implements Callable<Integer> {

	private final CliContext context;

	@Mixin
	JsonOutput output;

	VersionCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "SIS Workbench");
		fields.put("version", context.version());
		fields.put("java", Runtime.version().toString());
		fields.put("home", context.home().toString());
		if (output.isJson()) {
			Json.print(context.out(), fields);
		} else {
			context.out().println("SIS Workbench " + context.version());
			context.out().println("java " + fields.get("java"));
			context.out().println("home " + fields.get("home"));
		}
		return ExitCodes.OK;
	}
}
