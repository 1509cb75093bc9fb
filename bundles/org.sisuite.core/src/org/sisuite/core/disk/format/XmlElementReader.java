package org.sisuite.core.disk.format;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.disk.format.XmlTree.Attribute;
import org.sisuite.core.disk.format.XmlTree.Element;

/** Checking the elements and attributes of an {@link XmlTree}, with errors and warnings at their place. */
abstract class XmlElementReader {

	private static final Pattern KIB_SIZE = Pattern.compile("([0-9]{1,9})([kKmMgG]?)");

	protected final SourceText source;

	protected XmlElementReader(SourceText source) {
		this.source = source;
	}


	/** Warns once per attribute the element does not define; SystemImager ignores them too. */
	protected void known(Element element, Set<String> names) {
		for (Attribute attribute : element.attributes.values()) {
			if (!names.contains(attribute.name())) {
				warn(attribute, "unknown attribute " + attribute.name() + " of <" + element.name + "> ignored");
			}
		}
	}

	protected Attribute required(Element element, String name, String expected) throws CoreException {
		Attribute attribute = element.attribute(name);
		if (attribute == null) {
			throw error(element, "<" + element.name + "> without " + name + "; expected " + name + "=\"...\" (" + expected + ")");
		}
		return attribute;
	}

	protected int number(Attribute attribute, int min, int max, String expected) throws CoreException {
		String text = attribute.value().strip();
		if (text.matches("[0-9]{1,10}")) {
			long value = Long.parseLong(text);
			if (value >= min && value <= max) {
				return (int) value;
			}
		}
		throw error(attribute, attribute.name() + "=" + SourceText.quote(attribute.value()) + "; expected " + expected);
	}

	/** A size in KiB: digits with an optional k, m or g suffix (KiB, or MiB when {@code kibDefault} is false). */
	protected int kibibytes(Attribute attribute, boolean kibDefault) throws CoreException {
		Matcher matcher = KIB_SIZE.matcher(attribute.value().strip());
		if (matcher.matches()) {
			long value = Long.parseLong(matcher.group(1));
			String suffix = matcher.group(2).toLowerCase();
			long factor = switch (suffix) {
			case "k" -> 1;
			case "m" -> 1024;
			case "g" -> 1024 * 1024;
			default -> kibDefault ? 1 : 1024;
			};
			long kib = value * factor;
			if (kib >= 1 && kib <= Integer.MAX_VALUE) {
				return (int) kib;
			}
		}
		throw error(attribute, attribute.name() + "=" + SourceText.quote(attribute.value())
				+ "; expected a size such as 4096K, 4M or 64 (" + (kibDefault ? "KiB" : "MiB") + " without suffix)");
	}

	protected static String names(List<String> names) {
		return names.isEmpty() ? "(none defined)" : String.join(", ", names);
	}

	protected CoreException error(Element element, String message) {
		return source.error(element.line, element.column, message);
	}

	protected CoreException error(Attribute attribute, String message) {
		return source.error(attribute.line(), attribute.column(), message);
	}

	protected void warn(Element element, String message) {
		source.warn(element.line, element.column, message);
	}

	protected void warn(Attribute attribute, String message) {
		source.warn(attribute.line(), attribute.column(), message);
	}
}
