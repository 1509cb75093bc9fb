package org.sisuite.core.disk.format;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.core.runtime.CoreException;

/**
 * A small XML element tree with the line and column of every element and attribute, read with
 * the JDK's StAX parser configured safely: no DTD processing, no external entities, so a file can
 * neither fetch anything nor expand entities. Text content and nesting deeper than the formats
 * use are refused while parsing.
 */
final class XmlTree {

	private static final int MAX_DEPTH = 8;
	private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

	/** An attribute and where its name starts. */
	record Attribute(String name, String value, int line, int column) {
	}

	/** An element, its attributes in document order and its child elements. */
	static final class Element {
		final String name;
		final int line;
		final int column;
		final Map<String, Attribute> attributes = new LinkedHashMap<>();
		final List<Element> children = new ArrayList<>();

		Element(String name, int line, int column) {
			this.name = name;
			this.line = line;
			this.column = column;
		}

		Attribute attribute(String attributeName) {
			return attributes.get(attributeName);
		}

		String value(String attributeName) {
			Attribute attribute = attributes.get(attributeName);
			return attribute == null ? null : attribute.value();
		}

		@Override
		public String toString() {
			return "<" + name + ">";
		}
	}

	/** The root element and the comments before it (the file's header). */
	record Document(Element root, List<String> leadingComments) {
	}

	private XmlTree() {
	}

	/** The charset name an XML declaration asks for, or null. */
	static String declaredEncoding(String start) {
		Matcher matcher = ENCODING.matcher(start);
		return matcher.find() ? matcher.group(1) : null;
	}

	static Document parse(SourceText source) throws CoreException {
		String text = source.text();
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
		Element root = null;
		List<String> leadingComments = new ArrayList<>();
		Deque<Element> open = new ArrayDeque<>();
		Deque<Boolean> selfClosing = new ArrayDeque<>();
		XMLStreamReader reader = null;
		// StAX locations may be a character late; positions come from scanning the (well-formed) text alongside
		int cursor = 0;
		try {
			reader = factory.createXMLStreamReader(new StringReader(text));
			while (reader.hasNext()) {
				int event = next(reader, source, cursor);
				switch (event) {
				case XMLStreamConstants.START_ELEMENT -> {
					String name = reader.getLocalName();
					int start = tagStart(text, name, cursor);
					if (start < 0) {
						start = Math.min(cursor, text.length());
					}
					int end = tagEnd(text, start);
					if (open.size() >= MAX_DEPTH) {
						throw source.errorAt(start, "<" + name + "> is nested " + (open.size() + 1)
								+ " levels deep; disk tables nest at most " + MAX_DEPTH);
					}
					if (root != null && open.isEmpty()) {
						throw source.errorAt(start, "a second root element <" + name + ">");
					}
					Element element = new Element(name, source.lineOf(start), source.columnOf(start));
					for (int i = 0; i < reader.getAttributeCount(); i++) {
						String attributeName = reader.getAttributeLocalName(i);
						int at = attributeOffset(text, start, end, attributeName);
						element.attributes.put(attributeName, new Attribute(attributeName, reader.getAttributeValue(i),
								source.lineOf(at), source.columnOf(at)));
					}
					if (open.isEmpty()) {
						root = element;
					} else {
						open.peek().children.add(element);
					}
					open.push(element);
					selfClosing.push(end >= 2 && text.charAt(end - 2) == '/');
					cursor = end;
				}
				case XMLStreamConstants.END_ELEMENT -> {
					Element element = open.pop();
					if (!selfClosing.pop()) {
						int at = text.indexOf("</" + element.name, cursor);
						if (at >= 0) {
							int close = text.indexOf('>', at);
							cursor = close < 0 ? text.length() : close + 1;
						}
					}
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (!reader.isWhiteSpace() && !reader.getText().isBlank()) {
						throw source.errorAt(skipBlanks(text, cursor, text.length()), "text "
								+ SourceText.quote(reader.getText().strip()) + " inside "
								+ (open.isEmpty() ? "no element" : "<" + open.peek().name + ">")
								+ "; expected only elements with attributes");
					}
				}
				case XMLStreamConstants.COMMENT -> {
					if (root == null) {
						leadingComments.add(reader.getText());
					}
					cursor = skipPast(text, cursor, "<!--", "-->");
				}
				case XMLStreamConstants.PROCESSING_INSTRUCTION -> cursor = skipPast(text, cursor, "<?", "?>");
				case XMLStreamConstants.ENTITY_REFERENCE -> throw source.errorAt(cursor, "entity reference &"
						+ reader.getLocalName() + "; is not allowed; expected plain text or &amp; &lt; &gt; &quot; &apos;");
				default -> cursor = Math.max(cursor, offset(reader.getLocation(), text));
				}
			}
		} catch (XMLStreamException e) {
			Location location = e.getLocation();
			String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
			int cut = message.indexOf("Message: ");
			message = cut >= 0 ? message.substring(cut + "Message: ".length()) : message;
			if (location != null && location.getLineNumber() > 0) {
				throw source.error(location.getLineNumber(), Math.max(location.getColumnNumber(), 0),
						"malformed XML: " + message.strip());
			}
			throw source.errorAt(text.length(), "malformed XML: " + message.strip());
		} finally {
			close(reader);
		}
		if (root == null) {
			throw source.error(1, 1, "no XML element; expected a <config> document");
		}
		return new Document(root, leadingComments);
	}

	/** The next event; the JDK parser signals some malformed input with unchecked exceptions. */
	private static int next(XMLStreamReader reader, SourceText source, int cursor) throws XMLStreamException, CoreException {
		try {
			return reader.next();
		} catch (RuntimeException e) {
			throw source.errorAt(cursor, "malformed XML: " + (e.getMessage() == null ? e.getClass().getSimpleName()
					: e.getMessage()));
		}
	}

	private static void close(XMLStreamReader reader) {
		if (reader == null) {
			return;
		}
		try {
			reader.close();
		} catch (XMLStreamException e) {
			// nothing was opened but a string reader; the document was already read or refused
			java.util.logging.Logger.getLogger(XmlTree.class.getName()).fine("closing the XML reader: " + e.getMessage());
		}
	}

	private static int offset(Location location, String text) {
		int offset = location == null ? -1 : location.getCharacterOffset();
		return offset < 0 ? 0 : Math.min(offset, text.length());
	}

	private static int skipBlanks(String text, int from, int limit) {
		int at = from;
		while (at < limit && at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
		return at;
	}

	/** Where the start tag {@code <name} begins at or after {@code from}, or -1. */
	private static int tagStart(String text, String name, int from) {
		int at = text.indexOf("<" + name, from);
		while (at >= 0) {
			int after = at + 1 + name.length();
			if (after >= text.length() || Character.isWhitespace(text.charAt(after)) || text.charAt(after) == '/'
					|| text.charAt(after) == '>') {
				return at;
			}
			at = text.indexOf("<" + name, after);
		}
		return -1;
	}

	/** The offset just after the {@code >} that ends the tag starting at {@code start}, skipping quoted values. */
	private static int tagEnd(String text, int start) {
		char quote = 0;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			} else if (c == '"' || c == '\'') {
				quote = c;
			} else if (c == '>') {
				return i + 1;
			}
		}
		return text.length();
	}

	/** The offset after the construct that opens with {@code open} at or after {@code from} and ends with {@code close}. */
	private static int skipPast(String text, int from, String open, String close) {
		int at = text.indexOf(open, from);
		if (at < 0) {
			return from;
		}
		int end = text.indexOf(close, at + open.length());
		return end < 0 ? text.length() : end + close.length();
	}

	/** Where {@code name=} starts inside the start tag text[start, end), or the tag's start if not found. */
	private static int attributeOffset(String text, int start, int end, String name) {
		Matcher matcher = Pattern.compile("\\s(" + Pattern.quote(name) + ")\\s*=").matcher(text);
		matcher.region(start, Math.max(start, Math.min(end, text.length())));
		return matcher.find() ? matcher.start(1) : start;
	}
}
