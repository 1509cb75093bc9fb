package org.sisuite.core.disk.validate;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.EObject;
import org.sisuite.core.disk.layout.DeviceSizes;
import org.sisuite.core.disk.layout.TableUsage;
import org.sisuite.model.DiskTable;

/** What every check needs: the table, who uses which device, the sizes known, and the problems found. */
final class ValidationContext {

	final DiskTable table;
	final TableUsage usage;
	final DeviceSizes sizes;
	final List<DiskProblem> problems = new ArrayList<>();

	ValidationContext(DiskTable table, TableUsage usage, DeviceSizes sizes) {
		this.table = table;
		this.usage = usage;
		this.sizes = sizes;
	}

	void error(String rule, EObject object, String message) {
		problems.add(new DiskProblem(IStatus.ERROR, rule, object, message));
	}

	void warning(String rule, EObject object, String message) {
		problems.add(new DiskProblem(IStatus.WARNING, rule, object, message));
	}

	void info(String rule, EObject object, String message) {
		problems.add(new DiskProblem(IStatus.INFO, rule, object, message));
	}

	/** Whether the object is part of the table being validated (and not of another one). */
	boolean inTable(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o == table) {
				return true;
			}
		}
		return false;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
