package dev.driftless.ui.actions;

import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import java.util.function.Consumer;

/**
 * Starts one workspace action and tells the dialog how it ended. The workspace hands results to
 * a callback but reports failures only through its lastFailure property, so the failure is
 * watched for exactly as long as this action runs.
 */
final class WorkspaceAction {

    private WorkspaceAction() {
    }

    /**
     * @param action    starts the workspace action with the success callback it is given
     * @return false when the workspace refused to start (another action running, no database)
     */
    static <T> boolean start(WorkspaceViewModel workspace, Consumer<Consumer<T>> action,
                             Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        boolean[] ended = {false};
        ChangeListener<Throwable> failureWatch = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Throwable> observable, Throwable old, Throwable failure) {
                if (failure != null && !ended[0]) {
                    ended[0] = true;
                    workspace.lastFailureProperty().removeListener(this);
                    onFailure.accept(failure);
                }
            }
        };
        workspace.lastFailureProperty().addListener(failureWatch);
        action.accept(result -> {
            ended[0] = true;
            workspace.lastFailureProperty().removeListener(failureWatch);
            onSuccess.accept(result);
        });
        // An action that neither ended (an inline executor) nor made the workspace busy was refused.
        if (!ended[0] && !workspace.busyProperty().get()) {
            workspace.lastFailureProperty().removeListener(failureWatch);
            return false;
        }
        return true;
    }
}
