package org.sisuite.internal.ui.clients;

import org.eclipse.jface.wizard.Wizard;

/**
 * The New Range wizard: one page with the range's parameters, a live preview of its names and
 * addresses, and live conflict checking. It opens from the Clients part's toolbar and context menu
 * (empty but for suggestions) and after a drag over free slots of the address plan (prefilled with
 * the block). Finish hands the proposal back; the part turns it into a command.
 */
public final class RangeWizard extends Wizard {

	private final RangePage page;
	private RangeProposal result;

	RangeWizard(SiteIndex index, RangeProposal initial) {
		setWindowTitle("New Client Range");
		setNeedsProgressMonitor(false);
		page = new RangePage(index, initial);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		if (!page.problems().isEmpty()) {
			return false;
		}
		result = page.proposal();
		return true;
	}

	/** The range to create after Finish, else null. */
	RangeProposal result() {
		return result;
	}

	/** The wizard's page, for tests that fill it in. */
	public RangePage page() {
		return page;
	}
}
