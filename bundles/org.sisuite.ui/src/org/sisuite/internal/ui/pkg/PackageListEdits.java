package org.sisuite.internal.ui.pkg;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sisuite.model.PackageList;
import org.sisuite.model.PackageRequest;
import org.sisuite.model.SisFactory;
import org.sisuite.model.SisPackage;
import org.sisuite.model.Stage;

/**
 * The edits of the package list editor, each one EMF command (undo, redo, auto-save): add a
 * package to a stage, move packages between stages, remove packages, add a stage.
 */
public final class PackageListEdits {

	private PackageListEdits() {
	}

	/**
	 * Adds {@code name[:arch] [op version]} at the end of a stage.
	 *
	 * @return the command, unexecutable when the text names no package
	 */
	public static Command add(EditingDomain domain, Stage stage, String text) {
		PackageRequest request = request(text);
		if (request == null) {
			return UnexecutableCommand.INSTANCE;
		}
		Command command = AddCommand.create(domain, stage, SisPackage.Literals.STAGE__REQUESTS, request);
		return label(command, "Add " + request.getName() + " to " + stage.getName());
	}

	/**
	 * Moves requests to another stage, before {@code index} ({@code -1}: at the end); those already in
	 * it stay where they are. Removing and adding are one command, so one undo puts them back.
	 */
	public static Command move(EditingDomain domain, List<PackageRequest> requests, Stage target, int index) {
		if (requests.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand move = new CompoundCommand(requests.size() == 1
				? "Move " + requests.get(0).getName() + " to " + target.getName()
				: "Move " + requests.size() + " packages to " + target.getName());
		List<PackageRequest> moving = requests.stream().filter(r -> r.eContainer() != target).toList();
		if (moving.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		for (PackageRequest request : moving) {
			if (!(request.eContainer() instanceof Stage)) {
				return UnexecutableCommand.INSTANCE;
			}
			move.append(RemoveCommand.create(domain, request.eContainer(), SisPackage.Literals.STAGE__REQUESTS, request));
		}
		int at = Math.min(index, target.getRequests().size());
		move.append(at < 0 ? AddCommand.create(domain, target, SisPackage.Literals.STAGE__REQUESTS, moving)
				: AddCommand.create(domain, target, SisPackage.Literals.STAGE__REQUESTS, moving, at));
		return move;
	}

	/** Removes requests from their stages. */
	public static Command remove(EditingDomain domain, Collection<PackageRequest> requests) {
		if (requests.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		return label(RemoveCommand.create(domain, requests), "Remove " + requests.size() + " package" + (requests.size() == 1 ? "" : "s"));
	}

	/** Adds a stage after the others (its order one more than the highest). */
	public static Command addStage(EditingDomain domain, PackageList list, String name) {
		Stage stage = SisFactory.eINSTANCE.createStage();
		stage.setName(name);
		stage.setOrder(list.getStages().stream().mapToInt(Stage::getOrder).max().orElse(0) + 1);
		return label(AddCommand.create(domain, list, SisPackage.Literals.PACKAGE_LIST__STAGES, stage), "Add stage " + name);
	}

	/** A request from {@code name[:arch] [op version]}, or null when the text names nothing. */
	static PackageRequest request(String text) {
		String rest = text == null ? "" : text.strip();
		if (rest.isEmpty()) {
			return null;
		}
		int end = 0;
		while (end < rest.length() && !Character.isWhitespace(rest.charAt(end)) && "<>=(".indexOf(rest.charAt(end)) < 0) {
			end++;
		}
		String name = rest.substring(0, end);
		String constraint = rest.substring(end).strip();
		if (constraint.startsWith("(") && constraint.endsWith(")")) {
			constraint = constraint.substring(1, constraint.length() - 1).strip();
		}
		PackageRequest request = SisFactory.eINSTANCE.createPackageRequest();
		int colon = name.indexOf(':');
		if (colon > 0) {
			request.setArch(name.substring(colon + 1));
			name = name.substring(0, colon);
		}
		if (name.isEmpty()) {
			return null;
		}
		request.setName(name);
		if (!constraint.isEmpty()) {
			request.setVersionConstraint(constraint);
		}
		return request;
	}

	/** How a request shows: {@code name[:arch] [constraint]}. */
	public static String label(PackageRequest request) {
		String arch = request.getArch() == null || request.getArch().isBlank() ? "" : ":" + request.getArch();
		String constraint = request.getVersionConstraint() == null || request.getVersionConstraint().isBlank() ? ""
				: " " + request.getVersionConstraint();
		return request.getName() + arch + constraint;
	}

	private static Command label(Command command, String label) {
		CompoundCommand labelled = new CompoundCommand(label);
		labelled.append(command);
		return labelled;
	}
}
