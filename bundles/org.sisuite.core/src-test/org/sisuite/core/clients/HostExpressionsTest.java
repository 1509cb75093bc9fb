package org.sisuite.core.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.sisuite.core.Statuses;

class HostExpressionsTest {

	@Test
	void systemImagerRangesPadFromTheStartNumber() throws CoreException {
		assertEquals(List.of("node008", "node009", "node010", "node011"), HostExpressions.expand("node008-node011"));
		assertEquals(List.of("n8", "n9", "n10"), HostExpressions.expand("n8-n10"));
		assertEquals(128, HostExpressions.expand("node001-node128").size());
	}

	@Test
	void hyphensInsideNamesAreKept() throws CoreException {
		assertEquals(List.of("rack-a-01", "rack-a-02"), HostExpressions.expand("rack-a-01-rack-a-02"));
		assertEquals(List.of("web-frontend"), HostExpressions.expand("web-frontend"));
	}

	@Test
	void bracketListsExpandEveryGroup() throws CoreException {
		assertEquals(List.of("node001", "node002", "node003", "node200"), HostExpressions.expand("node[001-003,200]"));
		assertEquals(List.of("r1n01", "r1n02", "r2n01", "r2n02"), HostExpressions.expand("r[1-2]n[01-02]"));
		assertEquals(List.of("n8", "n9", "n10"), HostExpressions.expand("n[8-10]"));
	}

	@Test
	void commaListsMixFormsAndDropDuplicates() throws CoreException {
		assertEquals(List.of("web1", "db1", "db2", "web2"), HostExpressions.expand("web1, db[1-2],db1,web2"));
	}

	@Test
	void addressRangesCrossOctets() throws CoreException {
		List<String> addresses = HostExpressions.expand("10.0.0.250-10.0.1.5");
		assertEquals(12, addresses.size());
		assertEquals("10.0.0.255", addresses.get(5));
		assertEquals("10.0.1.0", addresses.get(6));
		assertEquals(List.of("192.168.1.5", "192.168.1.6", "192.168.1.7"), HostExpressions.expand("192.168.1.5-7"));
	}

	@Test
	void malformedExpressionsSayWhatIsWrong() {
		for (String[] bad : List.of(new String[] { "node[1-3", "without its ']'" }, new String[] { "node1-3]", "']' without" },
				new String[] { "node[3-1]", "runs backwards" }, new String[] { "node[a-b]", "is not a number" },
				new String[] { "a,,b", "empty element" }, new String[] { "10.0.1.0-10.0.0.1", "runs backwards" },
				new String[] { "10.0.0.1-10.0.0.300", "not a number 0-255" }, new String[] { "n[1-2000000]", "more than" },
				new String[] { "n[]", "empty brackets" }, new String[] { " ", "empty" })) {
			CoreException e = assertThrows(CoreException.class, () -> HostExpressions.expand(bad[0]), bad[0]);
			assertTrue(e.getMessage().contains(bad[1]), bad[0] + ": " + e.getMessage());
			assertTrue(Statuses.isBadInput(e.getStatus()));
		}
	}
}
