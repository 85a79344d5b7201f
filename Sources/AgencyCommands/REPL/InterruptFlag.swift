import AgencyCore
import Foundation

/// Ctrl-C in the console: a SIGINT handler that only raises `Interruption`, so the console can
/// cancel the line being typed, or stop the running command at its next checkpoint, instead of dying.
enum InterruptFlag {
    /// Installs the handler (without `SA_RESTART`, so a blocking `poll` returns with `EINTR`).
    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interruption.raise() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked (threads of a dispatch pool do); unblock it.
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &blocked, nil)
    }

    /// Whether Ctrl-C was pressed since the last call; clears the flag.
    static func take() -> Bool {
        Interruption.take()
    }
}
