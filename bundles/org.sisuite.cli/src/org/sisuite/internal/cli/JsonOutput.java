package org.sisuite.internal.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --json} option, mixed into every command that prints a result. JSON goes to standard
 * output as one document with stable field names; human text is the default.
 */
public final class JsonOutput {

	@Option(names = "--json", description = "Print the result as JSON (stable field names) instead of text.")
	boolean json;

	public boolean isJson() {
		return json;
	}
}
