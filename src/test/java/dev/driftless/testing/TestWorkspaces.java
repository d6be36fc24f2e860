package dev.driftless.testing;

import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;

import java.time.Clock;

/** Workspace view models for tests of the panes that show one. */
public final class TestWorkspaces {
    private TestWorkspaces() {
    }

    /** A workspace that does its background work inline, with a log of its own and the system clock. */
    public static WorkspaceViewModel synchronous() {
        Clock clock = Clock.systemUTC();
        return new WorkspaceViewModel(BackgroundExecutor.immediate(), new LogViewModel(clock), clock,
                TestFolders.journal());
    }
}
