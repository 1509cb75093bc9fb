package org.sisuite.core.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sisuite.core.monitor.MonitorMessage.Kind;
import org.sisuite.core.monitor.MonitorMessage.LogLevel;
import org.sisuite.core.monitor.MonitorProtocol.Parsed;

/** The lines SystemImager's clients and our install script send, and the ones that must be refused. */
class MonitorProtocolTest {

	/** What SystemImager's send_monitor_msg sends: dotted upper-case MAC, bc's decimals, every key. */
	static final String SYSTEMIMAGER_LINE = "mac=52.54.00.00.01.0A:ip=10.0.0.11:host=node001:"
			+ "cpu=Intel(R) Xeon(R) CPU E5-2680 (2400.000 MHz):ncpus=4:kernel=5.14.0-427.el9.x86_64:mem=16318404:"
			+ "os=compute:tmpfs=3%:time=35:status=45.50:speed=10240.25";

	@Test
	void systemImagersClassicLine() {
		MonitorMessage message = ok(SYSTEMIMAGER_LINE);
		assertEquals(Kind.CLASSIC, message.kind());
		assertEquals("52:54:00:00:01:0a", message.mac());
		assertEquals("10.0.0.11", message.ip());
		assertEquals("node001", message.host());
		assertEquals("compute", message.image());
		assertEquals(45, message.status());
		assertEquals(10240L, message.speedKBps());
		assertEquals("Intel(R) Xeon(R) CPU E5-2680 (2400.000 MHz)", message.fields().get("cpu"));
		assertEquals("16318404", message.fields().get("mem"));
		assertNull(message.logText());
	}

	@Test
	void ourScriptsLineWithColonsInTheMacAndAStep() {
		MonitorMessage message = ok("mac=aa:bb:cc:dd:ee:ff:ip=10.0.0.5:host=node005:status=100:speed=0:step=bootloader");
		assertEquals("aa:bb:cc:dd:ee:ff", message.mac());
		assertEquals("10.0.0.5", message.ip());
		assertEquals(100, message.status());
		assertEquals(0L, message.speedKBps());
		assertEquals("bootloader", message.step());
	}

	@Test
	void errorsInitAndTheInitLineOfSystemImager() {
		assertEquals(-1, ok("mac=aa:bb:cc:dd:ee:ff:status=-1:speed=0").status());
		MonitorMessage init = ok("mac=AA-BB-CC-DD-EE-FF:ip=10.0.0.5:host=node005:status=0:first_timestamp=on:speed=0");
		assertEquals(0, init.status());
		assertEquals("aa:bb:cc:dd:ee:ff", init.mac());
		assertEquals("on", init.fields().get("first_timestamp"));
	}

	@Test
	void theCurrentProtocol() {
		MonitorMessage hello = ok("MAC:52:54:00:AB:CD:EF;123");
		assertEquals(Kind.HELLO, hello.kind());
		assertEquals("52:54:00:ab:cd:ef", hello.mac());
		assertEquals("123", hello.fields().get("uptime"));

		MonitorMessage update = ok(
				"UPD:{\"name\":\"52:54:00:ab:cd:ef\",\"host\":\"node007\",\"ip\":\"10.0.0.7\",\"status\":\"57\",\"speed\":2048.5,\"os\":\"compute\",\"nested\":{\"a\":[1,2]}}");
		assertEquals(Kind.UPDATE, update.kind());
		assertEquals("52:54:00:ab:cd:ef", update.mac());
		assertEquals("node007", update.host());
		assertEquals(57, update.status());
		assertEquals(2048L, update.speedKBps());
		assertEquals("compute", update.image());

		MonitorMessage log = ok("LOG:{\"tag\":\"systemimager\",\"priority\":3,\"message\":\"Failed to mount /dev/sda2: \\\"busy\\\"\"}");
		assertEquals(Kind.LOG, log.kind());
		assertEquals(LogLevel.ERROR, log.logLevel());
		assertEquals("systemimager: Failed to mount /dev/sda2: \"busy\"", log.logText());
		assertEquals(LogLevel.WARNING, ok("LOG:{\"priority\":4,\"message\":\"x\"}").logLevel());
		assertEquals(LogLevel.INFO, ok("LOG:{\"priority\":\"6\",\"message\":\"x\"}").logLevel());
		assertEquals(LogLevel.DEBUG, ok("LOG:{\"priority\":7,\"message\":\"x\"}").logLevel());
	}

	@Test
	void refusalsSayWhy() {
		rejected("hello world", "not a monitor line");
		rejected("GET / HTTP/1.1", "not a monitor line");
		rejected("=x:status=3", "not a monitor line");
		rejected("mac=zz:zz:zz:zz:zz:zz:status=3", "invalid MAC address");
		rejected("mac=aa:bb:cc:dd:ee:ff:status=ten", "status is not a number");
		rejected("mac=aa:bb:cc:dd:ee:ff:status=5000", "out of range");
		rejected("mac=aa:bb:cc:dd:ee:ff:status=1:status=2", "given twice");
		rejected("mac=aa:bb:cc:dd:ee:ff:speed=-4", "speed is not a number");
		rejected("mac=aa:bb:cc:dd:ee:ff:step=Big Step", "step must be a word");
		rejected("mac=aa:bb:cc:dd:ee:ff:host=bad_host!", "invalid host name");
		rejected("mac=aa:bb:cc:dd:ee:ff:ip=10.0.0.5; rm -rf", "invalid IP address");
		rejected("status=50:speed=3", "no mac, host or ip");
		rejected("MAC:not-a-mac;12", "without a valid MAC");
		rejected("MAC:aa:bb:cc:dd:ee:ff;soon", "uptime that is not a number");
		rejected("UPD:{\"status\":", "malformed JSON");
		rejected("UPD:[1,2]", "expected a JSON object");
		rejected("UPD:{\"status\":1} trailing", "text after the JSON object");
		rejected("UPD:" + "{\"a\":".repeat(20) + "1" + "}".repeat(20), "nested deeper");
		rejected("LOG:{\"tag\":\"x\"}", "without a \"message\"");
	}

	@Test
	void aLongLogTextIsCut() {
		MonitorMessage message = ok("mac=aa:bb:cc:dd:ee:ff:log=" + "x".repeat(3000));
		assertEquals(MonitorProtocol.MAX_LOG_TEXT, message.logText().length());
	}

	private static MonitorMessage ok(String line) {
		Parsed parsed = MonitorProtocol.parse(line);
		assertTrue(parsed.isOk(), () -> line + " was refused: " + parsed.rejection());
		return parsed.message();
	}

	private static void rejected(String line, String reason) {
		Parsed parsed = MonitorProtocol.parse(line);
		assertFalse(parsed.isOk(), line + " was accepted");
		assertTrue(parsed.rejection().contains(reason), () -> line + ": " + parsed.rejection());
	}
}
