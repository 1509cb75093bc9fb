package org.sisuite.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.sisuite.model.SisPackage;

/**
 * The engine runs inside OSGi as the product runs it, and stays headless: nothing the engine
 * bundles are wired to, directly or through others, is SWT, JFace or the workbench.
 */
class HeadlessEngineTest {

	private static final List<String> ENGINE_BUNDLES = List.of("org.sisuite.core", "org.sisuite.cli", "org.sisuite.model");
	private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
			"org.eclipse.e4.ui");

	private final BundleContext context = FrameworkUtil.getBundle(HeadlessEngineTest.class).getBundleContext();

	@Test
	void engineBundlesResolveWithoutAnyUserInterfaceBundle() {
		Set<String> reached = new TreeSet<>();
		Deque<Bundle> pending = new ArrayDeque<>();
		Set<Bundle> seen = new HashSet<>();
		for (String name : ENGINE_BUNDLES) {
			Bundle bundle = bundle(name);
			assertTrue(bundle.getState() == Bundle.RESOLVED || bundle.getState() == Bundle.ACTIVE
					|| bundle.getState() == Bundle.STARTING, name + " is not resolved, state " + bundle.getState());
			pending.add(bundle);
		}
		while (!pending.isEmpty()) {
			Bundle bundle = pending.pop();
			if (!seen.add(bundle)) {
				continue;
			}
			reached.add(bundle.getSymbolicName());
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				pending.add(wire.getProvider().getBundle());
			}
		}
		List<String> uiBundles = reached.stream().filter(name -> UI_PREFIXES.stream().anyMatch(name::startsWith)).toList();
		assertEquals(List.of(), uiBundles, "the engine must not depend on UI bundles; it reaches " + reached);
		assertTrue(reached.contains("org.eclipse.equinox.common"), reached.toString());
	}

	@Test
	void theSisModelIsRegisteredUnderItsNamespace() {
		EPackage registered = EPackage.Registry.INSTANCE.getEPackage(SisPackage.eNS_URI);
		assertNotNull(registered, "no EPackage registered for " + SisPackage.eNS_URI);
		assertEquals(SisPackage.eINSTANCE, registered);
	}

	@Test
	void theHeadlessApplicationIsRegistered() {
		IConfigurationElement[] applications = Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.core.runtime.applications");
		assertTrue(Arrays.stream(applications)
				.anyMatch(element -> "org.sisuite.cli.sis".equals(element.getDeclaringExtension().getUniqueIdentifier())),
				"org.sisuite.cli.sis is not among the registered applications");
	}

	private Bundle bundle(String symbolicName) {
		return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
	}
}
