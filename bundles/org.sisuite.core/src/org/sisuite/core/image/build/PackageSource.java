package org.sisuite.core.image.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sisuite.core.Statuses;
import org.sisuite.core.pkg.VersionScheme;
import org.sisuite.core.pkg.resolve.PackageLists;
import org.sisuite.core.pkg.resolve.Request;
import org.sisuite.model.PackageList;
import org.sisuite.model.SisFactory;
import org.sisuite.model.Stage;

/**
 * What a build installs, read once the pools have told whose packages they are: a list file (one
 * stage) or a stored {@link PackageList} (its stages in order, with their flags).
 */
public interface PackageSource {

	/** The stages, in order. */
	List<BuildStage> stages(VersionScheme scheme) throws CoreException;

	/** What to call it in messages and the log. */
	String describe();

	/** The family a stored list declares ({@code deb}, {@code rpm}); null when the pools decide. */
	default String family() {
		return null;
	}

	/** A list file's text: one stage, installed in one transaction. */
	static PackageSource text(String source, String text) {
		return new PackageSource() {
			@Override
			public List<BuildStage> stages(VersionScheme scheme) throws CoreException {
				return List.of(new BuildStage("packages", "", PackageLists.parse(source, text, scheme)));
			}

			@Override
			public String describe() {
				return source;
			}
		};
	}

	/** A stored package list: one build stage per stage, by their order. */
	static PackageSource of(PackageList list) {
		return new PackageSource() {
			@Override
			public List<BuildStage> stages(VersionScheme scheme) throws CoreException {
				List<Stage> stages = new ArrayList<>(list.getStages());
				stages.sort(Comparator.comparingInt(Stage::getOrder));
				List<BuildStage> result = new ArrayList<>();
				for (Stage stage : stages) {
					PackageList one = SisFactory.eINSTANCE.createPackageList();
					one.setName(list.getName());
					one.getStages().add(EcoreUtil.copy(stage));
					List<Request> requests = PackageLists.of(one, scheme);
					result.add(new BuildStage(stage.getName() == null ? "stage " + stage.getOrder() : stage.getName(),
							stage.getInstallFlags(), requests));
				}
				if (result.isEmpty()) {
					throw new CoreException(Statuses.badInput("The package list '" + list.getName() + "' has no stages"));
				}
				return result;
			}

			@Override
			public String describe() {
				return "package list " + list.getName();
			}

			@Override
			public String family() {
				return list.getDistributionFamily() == null ? null : list.getDistributionFamily().getLiteral();
			}
		};
	}
}
