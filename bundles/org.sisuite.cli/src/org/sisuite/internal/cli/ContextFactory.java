package org.sisuite.internal.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates command objects for picocli, handing the {@link CliContext} to those that take one. */
final class ContextFactory implements IFactory {

	private final CliContext context;

	ContextFactory(CliContext context) {
		this.context = context;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			Class<?>[] parameters = constructor.getParameterTypes();
			if (parameters.length == 1 && parameters[0] == CliContext.class) {
				constructor.setAccessible(true);
				return type.cast(constructor.newInstance(context));
			}
		}
		return CommandLine.defaultFactory().create(type);
	}
}
