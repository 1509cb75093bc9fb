package org.sisuite.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Date;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/** The one JSON style of {@code --json}: pretty printed, nulls kept, dates as ISO-8601 UTC. */
final class Json {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping()
			.registerTypeHierarchyAdapter(Date.class, new TypeAdapter<Date>() {
				@Override
				public void write(JsonWriter out, Date value) throws IOException {
					if (value == null) {
						out.nullValue();
					} else {
						out.value(value.toInstant().toString());
					}
				}

				@Override
				public Date read(JsonReader in) throws IOException {
					return Date.from(Instant.parse(in.nextString()));
				}
			}).create();

	private Json() {
	}

	static void print(PrintWriter out, Object value) {
		out.println(GSON.toJson(value));
	}
}
