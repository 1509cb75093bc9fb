package org.sisuite.core.disk.validate;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sisuite.core.Statuses;
import org.sisuite.model.DiskTable;

/**
 * One problem of a disk table: a status with the rule it breaks and the object that breaks it, so an
 * editor can mark that object. Errors carry {@link Statuses#BAD_INPUT}: the table must change.
 */
public final class DiskProblem extends Status {

	private final String rule;
	private final EObject object;

	/**
	 * @param severity {@link IStatus#ERROR}, {@link IStatus#WARNING} or {@link IStatus#INFO}
	 * @param rule     a stable id of the rule, e.g. {@code raid.members}
	 * @param object   the offending object of the table
	 * @param message  a complete sentence naming the objects and numbers involved
	 */
	public DiskProblem(int severity, String rule, EObject object, String message) {
		super(severity, Statuses.PLUGIN_ID, severity == IStatus.ERROR ? Statuses.BAD_INPUT : 0, message, null);
		this.rule = rule;
		this.object = object;
	}

	/** The stable id of the broken rule, e.g. {@code partition.grow}; see {@link DiskTableValidator}. */
	public String getRule() {
		return rule;
	}

	/** The object of the table the problem is about. */
	public EObject getObject() {
		return object;
	}

	/**
	 * Where the object is in its table, as an EMF fragment path relative to the table
	 * (e.g. {@code @disks.0/@partitions.1}); empty for the table itself.
	 */
	public String getPath() {
		if (object == null) {
			return "";
		}
		EObject table = object;
		while (table != null && !(table instanceof DiskTable)) {
			table = table.eContainer();
		}
		return table == null || table == object ? "" : EcoreUtil.getRelativeURIFragmentPath(table, object);
	}

	/** {@code error}, {@code warning} or {@code info}. */
	public String getSeverityName() {
		return switch (getSeverity()) {
		case IStatus.ERROR -> "error";
		case IStatus.WARNING -> "warning";
		case IStatus.INFO -> "info";
		default -> "ok";
		};
	}
}
