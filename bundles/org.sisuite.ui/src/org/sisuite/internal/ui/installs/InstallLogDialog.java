package org.sisuite.internal.ui.installs;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sisuite.core.monitor.InstallOverview.Install;
import org.sisuite.core.store.InstallStore.EventRow;
import org.sisuite.core.store.InstallStore.LogRow;

/** A client's latest install: its status history and its log, read-only. */
final class InstallLogDialog extends Dialog {

	private final Install install;
	private final List<EventRow> history;
	private final List<LogRow> log;

	InstallLogDialog(Shell parent, Install install, List<EventRow> history, List<LogRow> log) {
		super(parent);
		this.install = install;
		this.history = history;
		this.log = log;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Install log of " + install.name());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 700;
		data.heightHint = 400;
		text.setLayoutData(data);
		StringBuilder content = new StringBuilder();
		content.append(install.name()).append(": ").append(install.state()).append(", ").append(install.statusText())
				.append(", ").append(install.percent()).append("%\n\nHistory:\n");
		for (EventRow event : history) {
			content.append("  ").append(event.at().toInstant()).append("  status ").append(event.statusCode()).append(" (")
					.append(event.state()).append(')').append(event.step() == null ? "" : ", step " + event.step())
					.append('\n');
		}
		content.append("\nLog:\n");
		for (LogRow line : log) {
			content.append(line.at().toInstant()).append(' ').append(line.level().toUpperCase(Locale.ROOT)).append(' ')
					.append(line.text()).append('\n');
		}
		text.setText(content.toString());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
