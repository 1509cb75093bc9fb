package org.sisuite.core.pkg.pool;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.sisuite.core.Statuses;

/**
 * The files of a repository, read by paths relative to its root: a local directory (a path or a
 * {@code file:} URL) or an {@code http(s):} mirror.
 */
public abstract sealed class RepositoryFiles permits RepositoryFiles.Local, RepositoryFiles.Http {

	/**
	 * The repository at {@code location}.
	 *
	 * @throws CoreException (bad input) for a malformed URL or an unsupported scheme
	 */
	public static RepositoryFiles at(String location) throws CoreException {
		String lower = location.toLowerCase(Locale.ROOT);
		try {
			if (lower.startsWith("http://") || lower.startsWith("https://")) {
				String base = location.endsWith("/") ? location : location + "/";
				return new Http(location, new URI(base));
			}
			if (lower.startsWith("file:")) {
				return new Local(location, Path.of(new URI(location)));
			}
			if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
				throw new CoreException(Statuses.badInput("Unsupported pool URL '" + location
						+ "': expected a directory, a file: URL or an http(s): URL"));
			}
			return new Local(location, Path.of(location));
		} catch (URISyntaxException | IllegalArgumentException e) {
			throw new CoreException(Statuses.badInput("Invalid pool location '" + location + "': " + e.getMessage()));
		}
	}

	private final String location;

	RepositoryFiles(String location) {
		this.location = location;
	}

	/** The location as the user gave it. */
	public String location() {
		return location;
	}

	/** The local directory, or null for a remote repository. */
	public abstract Path localRoot();

	/** Whether the file exists (for http: whether the server answers 200 to a HEAD request). */
	public abstract boolean exists(String relative) throws CoreException;

	/** The whole file. */
	public abstract byte[] read(String relative) throws CoreException;

	/** Where a relative path is, for messages. */
	public abstract String describe(String relative);

	static final class Local extends RepositoryFiles {
		private final Path root;

		Local(String location, Path root) {
			super(location);
			this.root = root;
		}

		@Override
		public Path localRoot() {
			return root;
		}

		@Override
		public boolean exists(String relative) {
			return Files.isRegularFile(root.resolve(relative));
		}

		@Override
		public byte[] read(String relative) throws CoreException {
			Path file = root.resolve(relative);
			try {
				return Files.readAllBytes(file);
			} catch (NoSuchFileException e) {
				throw new CoreException(Statuses.badInput("Missing file " + file));
			} catch (IOException e) {
				throw new CoreException(Statuses.error("Cannot read " + file + ": " + e.getMessage(), e));
			}
		}

		@Override
		public String describe(String relative) {
			return root.resolve(relative).toString();
		}
	}

	static final class Http extends RepositoryFiles {
		private static final Duration TIMEOUT = Duration.ofMinutes(5);
		private final URI base;
		private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
				.connectTimeout(Duration.ofSeconds(30)).build();

		Http(String location, URI base) {
			super(location);
			this.base = base;
		}

		@Override
		public Path localRoot() {
			return null;
		}

		@Override
		public boolean exists(String relative) throws CoreException {
			HttpRequest request = HttpRequest.newBuilder(base.resolve(relative)).method("HEAD", HttpRequest.BodyPublishers.noBody())
					.timeout(TIMEOUT).build();
			return send(request, HttpResponse.BodyHandlers.discarding(), relative).statusCode() == 200;
		}

		@Override
		public byte[] read(String relative) throws CoreException {
			HttpRequest request = HttpRequest.newBuilder(base.resolve(relative)).GET().timeout(TIMEOUT).build();
			HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream(), relative);
			try (InputStream body = response.body()) {
				if (response.statusCode() == 404) {
					throw new CoreException(Statuses.badInput("Missing file " + describe(relative) + " (HTTP 404)"));
				}
				if (response.statusCode() != 200) {
					throw new CoreException(Statuses.error("Cannot read " + describe(relative) + ": HTTP " + response.statusCode()));
				}
				return body.readAllBytes();
			} catch (IOException e) {
				throw new CoreException(Statuses.error("Cannot read " + describe(relative) + ": " + e.getMessage(), e));
			}
		}

		private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, String relative)
				throws CoreException {
			try {
				return client.send(request, handler);
			} catch (IOException e) {
				throw new CoreException(Statuses.error("Cannot read " + describe(relative) + ": " + e, e));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CoreException(Statuses.error("Interrupted while reading " + describe(relative), e));
			}
		}

		@Override
		public String describe(String relative) {
			return base.resolve(relative).toString();
		}
	}
}
